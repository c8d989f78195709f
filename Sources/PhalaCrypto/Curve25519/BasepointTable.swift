/// Precomputed multiples of the basepoint B that make s·B about four times faster than a
/// generic constant-time multiplication.
///
/// Window i (0 ≤ i < 32) holds [1..8]·256^i·B in affine Niels form. Writing s in 64 signed
/// radix-16 digits, s·B = Σ_odd d_j·16^j·B + Σ_even …; the odd-indexed digits are summed first,
/// multiplied by 16, then the even ones added, so only 4 doublings are needed overall. Each
/// lookup scans its whole window, so the digits may be secret. Built on first use (256 points,
/// one inversion each).
enum BasepointTable {
    /// 32 windows of 8 points, window-major: entry 8·i + j is (j + 1)·256^i·B.
    static let windows: [AffineNielsPoint] = {
        var result = [AffineNielsPoint]()
        result.reserveCapacity(256)
        var windowBase = EdwardsPoint.basepoint
        for _ in 0..<32 {
            var multiple = windowBase
            for _ in 0..<8 {
                result.append(multiple.affineNiels)
                multiple = multiple + windowBase
            }
            windowBase = windowBase.multipliedByPowerOfTwo(8)
        }
        return result
    }()

    /// s·B in constant time.
    static func multiply(_ scalar: Scalar) -> EdwardsPoint {
        let digits = scalar.radix16Digits
        let windows = self.windows
        var result = EdwardsPoint.identity
        for index in stride(from: 1, to: 64, by: 2) {
            result = (result + select(from: windows, window: index / 2, digit: digits[index])).extended
        }
        result = result.multipliedByPowerOfTwo(4)
        for index in stride(from: 0, to: 64, by: 2) {
            result = (result + select(from: windows, window: index / 2, digit: digits[index])).extended
        }
        return result
    }

    /// digit·256^window·B for digit in [−8, 8], reading all 8 entries of the window.
    @inline(__always)
    private static func select(from windows: [AffineNielsPoint], window: Int, digit: Int8) -> AffineNielsPoint {
        let isNegative = Choice(bit: UInt64(UInt8(bitPattern: digit) >> 7))
        let magnitude = UInt64(UInt8(bitPattern: digit &- ((digit >> 7) & digit) &<< 1))
        var result = AffineNielsPoint.identity
        for index in 0..<8 {
            result.assign(windows[8 * window + index], if: Choice(equal: magnitude, UInt64(index + 1)))
        }
        result.negate(if: isNegative)
        return result
    }
}
