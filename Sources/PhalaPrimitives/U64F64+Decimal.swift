// Decimal text for U64F64, matching the `fixed` crate: literals round to nearest with ties to even,
// and printing gives the fewest digits that parse back to the same bits.

extension U64F64 {
    /// Parses a decimal literal, rounding to the nearest representable value (ties to even), as
    /// Phala's `fp!(…)` literals are rounded at compile time.
    ///
    /// Grammar: `digit+ ["." digit+]`, no sign, exponent or separators. Any number of fractional
    /// digits is accepted; the cost grows linearly with them. Example: `"0.3"` → bits 5534023222112865485.
    /// - Parameter decimal: the number.
    /// - Throws: `FixedPointError.malformedLiteral`, or `.overflow` when the value rounds to 2⁶⁴ or more.
    public init(decimal: String) throws(FixedPointError) {
        let utf8 = Array(decimal.utf8)
        let point = utf8.firstIndex(of: UInt8(ascii: ".")) ?? utf8.endIndex
        let whole = utf8[..<point]
        let fraction = point == utf8.endIndex ? [] : utf8[(point + 1)...]
        guard !whole.isEmpty, point == utf8.endIndex || !fraction.isEmpty,
            (whole + fraction).allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { throw .malformedLiteral(decimal) }

        var integer: UInt64 = 0
        for digit in whole {
            let (shifted, overflowMultiply) = integer.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdd) = shifted.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
            guard !overflowMultiply, !overflowAdd else { throw .overflow }
            integer = sum
        }
        let (fractionalBits, carry) = Self.binaryFraction(decimalDigits: fraction.map { $0 - UInt8(ascii: "0") })
        let (rounded, overflow) = integer.addingReportingOverflow(carry ? 1 : 0)
        guard !overflow else { throw .overflow }
        bits = UInt128(rounded) << 64 | UInt128(fractionalBits)
    }

    /// The value in decimal with the fewest fractional digits that parse back to the same bits:
    /// `"1000"`, `"0.3"`, `"1572.9999999999999999877"`.
    public var description: String {
        let fraction = fractionalBits
        guard fraction != 0 else { return String(integerPart) }
        // 20 digits always suffice: 10⁻²⁰ is finer than half of 2⁻⁶⁴.
        for count in 1...20 {
            let scale = Self.powerOfTen(count)
            let (high, low) = UInt128(fraction).multipliedFullWidth(by: scale)
            // Nearest `count`-digit decimal: ⌊(fraction × 10^count + 2⁶³) / 2⁶⁴⌋.
            let (lowRounded, carry) = low.addingReportingOverflow(1 << 63)
            let nearest = (high + (carry ? 1 : 0)) << 64 | lowRounded >> 64
            guard nearest < scale else { continue }
            var digits = Array(String(nearest).utf8)
            digits = [UInt8](repeating: UInt8(ascii: "0"), count: count - digits.count) + digits
            let (parsed, parsedCarry) = Self.binaryFraction(decimalDigits: digits.map { $0 - UInt8(ascii: "0") })
            guard !parsedCarry, parsed == fraction else { continue }
            while digits.last == UInt8(ascii: "0") { digits.removeLast() }
            return "\(integerPart).\(String(decoding: digits, as: UTF8.self))"
        }
        preconditionFailure("20 decimal digits always identify a 64-bit binary fraction")
    }

    /// The 64-bit binary fraction nearest to `0.d₁d₂…` (ties to even), and whether rounding carried into 1.
    ///
    /// Doubles the decimal digits once per output bit: the carry out of the top digit is the next bit.
    static func binaryFraction(decimalDigits: [UInt8]) -> (bits: UInt64, carry: Bool) {
        var digits = decimalDigits
        while digits.last == 0 { digits.removeLast() }
        var result: UInt64 = 0
        func nextBit() -> UInt8 {
            var carry: UInt8 = 0
            for index in digits.indices.reversed() {
                let doubled = digits[index] * 2 + carry
                digits[index] = doubled % 10
                carry = doubled / 10
            }
            return carry
        }
        for _ in 0..<64 { result = result << 1 | UInt64(nextBit()) }
        let half = nextBit() == 1
        let exactHalf = half && digits.allSatisfy { $0 == 0 }
        guard half, !exactHalf || result & 1 == 1 else { return (result, false) }
        let (rounded, carry) = result.addingReportingOverflow(1)
        return (rounded, carry)
    }

    /// 10^exponent for exponent ≤ 38.
    static func powerOfTen(_ exponent: Int) -> UInt128 {
        var value: UInt128 = 1
        for _ in 0..<exponent { value *= 10 }
        return value
    }
}

extension U64F64: CustomStringConvertible {}
