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
        // The product shifted right by 64, from 64-bit halves (the generic 128-bit full-width
        // multiply is several times slower): a₁b₁·2⁶⁴ + a₁b₀ + a₀b₁ + ⌊a₀b₀ / 2⁶⁴⌋.
        let (a1, a0) = (UInt64(truncatingIfNeeded: bits >> 64), UInt64(truncatingIfNeeded: bits))
        let (b1, b0) = (UInt64(truncatingIfNeeded: other.bits >> 64), UInt64(truncatingIfNeeded: other.bits))
        let highest = a1.multipliedFullWidth(by: b1)
        guard highest.high == 0 else { throw .overflow }
        let first = (UInt128(highest.low) << 64).addingReportingOverflow(Self.wide(a1, b0))
        let second = first.partialValue.addingReportingOverflow(Self.wide(a0, b1))
        let third = second.partialValue.addingReportingOverflow(Self.wide(a0, b0) >> 64)
        guard !first.overflow, !second.overflow, !third.overflow else { throw .overflow }
        return U64F64(bits: third.partialValue)
    }

    /// The full 128-bit product of two words.
    private static func wide(_ a: UInt64, _ b: UInt64) -> UInt128 {
        let (high, low) = a.multipliedFullWidth(by: b)
        return UInt128(high) << 64 | UInt128(low)
    }

    /// `self ÷ other`, truncated: `(a.bits << 64) / b.bits` over a 256-bit dividend.
    /// - Throws: `FixedPointError.divisionByZero`, or `.overflow` when the quotient reaches 2⁶⁴.
    public func divided(by other: U64F64) throws(FixedPointError) -> U64F64 {
        guard other.bits != 0 else { throw .divisionByZero }
        let dividend = (high: bits >> 64, low: bits << 64)
        guard dividend.high < other.bits else { throw .overflow }
        // (a·2⁶⁴) / b = (a·2⁶⁴⁻ᵏ) / (b / 2ᵏ) exactly when b has k ≤ 64 trailing zero bits; a 128-bit
        // division is much faster than the generic 256-bit one whenever a·2⁶⁴⁻ᵏ fits.
        let divisorShift = Swift.min(other.bits.trailingZeroBitCount, 64)
        let dividendShift = 64 - divisorShift
        if bits.leadingZeroBitCount >= dividendShift {
            return U64F64(bits: (bits << dividendShift) / (other.bits >> divisorShift))
        }
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
        var root = initialRoot(n)
        while true {
            let next = (root + n / root) / 2
            if next >= root { return root }
            root = next
        }
    }

    /// A start for Newton's method at or above ⌊√n⌋ (which keeps the result exact) and close to it:
    /// `(⌊√top⌋ + 1)·2^(s/2)` for the top 64 bits `top = n >> s`, s even; their root is found in 64-bit
    /// arithmetic, so the 128-bit iterations that follow are one or two instead of about seven.
    private static func initialRoot(_ n: UInt128) -> UInt128 {
        let significantBits = n.bitWidth - n.leadingZeroBitCount
        let shift = Swift.max(0, significantBits - 63 + 1) & ~1
        let top = UInt64(truncatingIfNeeded: n >> shift)
        var root: UInt64 = 1 << ((64 - top.leadingZeroBitCount + 1) / 2)
        while true {
            let next = (root + top / root) / 2
            if next >= root { break }
            root = next
        }
        return UInt128(root + 1) << (shift / 2)
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
