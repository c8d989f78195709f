public import SCALE

/// An unsigned fixed-point number with 64 integer and 64 fractional bits, bit-exact with Rust's `fixed::U64F64`.
///
/// Phala's tokenomics (V, P, shares, rates) use this type, and every gatekeeper must produce the same
/// bits, so the arithmetic follows the `fixed` crate exactly: multiplication and division truncate
/// toward zero, `squareRoot` keeps only 32 fractional bits, and decimal literals round to nearest
/// (ties to even). No floating point is involved. The wire and storage form is the raw `bits` as a
/// little-endian `u128` (Phala's `U64F64Bits`).
public struct U64F64: Sendable, Hashable, Comparable {
    /// The value × 2⁶⁴.
    public var bits: UInt128

    /// Wraps raw bits: the value is `bits / 2⁶⁴`.
    public init(bits: UInt128) {
        self.bits = bits
    }

    /// The whole number `integer`.
    public init(_ integer: UInt64) {
        bits = UInt128(integer) << 64
    }

    /// 0.
    public static let zero = U64F64(bits: 0)
    /// 1.
    public static let one = U64F64(1)
    /// The largest value, just below 2⁶⁴.
    public static let max = U64F64(bits: .max)

    /// The integer part, truncated.
    public var integerPart: UInt64 { UInt64(truncatingIfNeeded: bits >> 64) }

    /// The fractional part in units of 2⁻⁶⁴.
    public var fractionalBits: UInt64 { UInt64(truncatingIfNeeded: bits) }

    /// Orders values by size.
    public static func < (lhs: U64F64, rhs: U64F64) -> Bool { lhs.bits < rhs.bits }

    /// `self + other`.
    /// - Throws: `FixedPointError.overflow` when the sum reaches 2⁶⁴.
    public func adding(_ other: U64F64) throws(FixedPointError) -> U64F64 {
        let (sum, overflow) = bits.addingReportingOverflow(other.bits)
        guard !overflow else { throw .overflow }
        return U64F64(bits: sum)
    }

    /// `self − other`.
    /// - Throws: `FixedPointError.underflow` when `other` is larger.
    public func subtracting(_ other: U64F64) throws(FixedPointError) -> U64F64 {
        let (difference, overflow) = bits.subtractingReportingOverflow(other.bits)
        guard !overflow else { throw .underflow }
        return U64F64(bits: difference)
    }

    /// `self + other`, clamped to `max`.
    public func saturatingAdding(_ other: U64F64) -> U64F64 {
        (try? adding(other)) ?? .max
    }

    /// `self − other`, clamped to zero.
    public func saturatingSubtracting(_ other: U64F64) -> U64F64 {
        (try? subtracting(other)) ?? .zero
    }

    /// `self × other`, truncated: `(a.bits × b.bits) >> 64` over a 256-bit product.
    /// - Throws: `FixedPointError.overflow` when the product reaches 2⁶⁴.
    public func multiplied(by other: U64F64) throws(FixedPointError) -> U64F64 {
        let (high, low) = bits.multipliedFullWidth(by: other.bits)
        guard high >> 64 == 0 else { throw .overflow }
        return U64F64(bits: high << 64 | low >> 64)
    }

    /// `self ÷ other`, truncated: `(a.bits << 64) / b.bits` over a 256-bit dividend.
    /// - Throws: `FixedPointError.divisionByZero`, or `.overflow` when the quotient reaches 2⁶⁴.
    public func divided(by other: U64F64) throws(FixedPointError) -> U64F64 {
        guard other.bits != 0 else { throw .divisionByZero }
        let dividend = (high: bits >> 64, low: bits << 64)
        guard dividend.high < other.bits else { throw .overflow }
        return U64F64(bits: other.bits.dividingFullWidth(dividend).quotient)
    }

    /// The square root with 32 fractional bits, as Phala's `fixed_sqrt`: `bits = isqrt(self.bits) << 32`.
    ///
    /// The low 32 fractional bits are always zero; e.g. √1000 = 135818791312 / 2³².
    public func squareRoot() -> U64F64 {
        U64F64(bits: Self.integerSquareRoot(bits) << 32)
    }

    /// ⌊√n⌋ by Newton's method, starting above the root so the iterates decrease to it.
    static func integerSquareRoot(_ n: UInt128) -> UInt128 {
        guard n > 1 else { return n }
        var root: UInt128 = 1 << ((n.bitWidth - n.leadingZeroBitCount + 1) / 2)
        while true {
            let next = (root + n / root) / 2
            if next >= root { return root }
            root = next
        }
    }
}

extension U64F64: ScaleCodable {
    /// Appends the bits as a little-endian `u128`.
    public func encode(to encoder: inout ScaleEncoder) {
        bits.encode(to: &encoder)
    }

    /// Reads the bits as a little-endian `u128`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        bits = try UInt128(from: &decoder)
    }
}
