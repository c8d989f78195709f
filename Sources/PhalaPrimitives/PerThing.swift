public import SCALE

/// A ratio in [0, 1] held as an integer count of parts per `accuracy`, with Substrate's `PerThing` rounding.
///
/// `Perbill` (parts per 10⁹) and `Permill` (parts per 10⁶) share these rules: construction clamps to
/// one, `init(rational:over:)` rounds down, and multiplying an amount rounds to the nearest integer with
/// ties rounded down, exactly as sp-arithmetic's `Mul<N> for PerThing` does. SCALE writes the parts as
/// a `u32`; decoding rejects more parts than `accuracy`.
public protocol PerThing: Sendable, Hashable, Comparable, ScaleCodable, CustomStringConvertible {
    /// The number of parts that make a whole.
    static var accuracy: UInt32 { get }

    /// The parts, always ≤ `accuracy`.
    var parts: UInt32 { get }

    /// Builds a ratio of `parts` parts, clamped to `accuracy`.
    init(parts: UInt32)
}

extension PerThing {
    /// The ratio 0.
    public static var zero: Self { Self(parts: 0) }

    /// The ratio 1.
    public static var one: Self { Self(parts: accuracy) }

    /// `percent` per cent, clamped to 100.
    public init(percent: UInt32) {
        self.init(parts: UInt32(UInt64(min(percent, 100)) * UInt64(Self.accuracy) / 100))
    }

    /// The ratio `numerator / denominator`, rounded down to whole parts (sp-arithmetic `from_rational`).
    ///
    /// A zero denominator or a numerator above the denominator gives `one`, as Substrate does.
    /// - Parameters:
    ///   - numerator: the part.
    ///   - denominator: the whole.
    public init(rational numerator: UInt128, over denominator: UInt128) {
        guard denominator != 0, numerator <= denominator else {
            self = .one
            return
        }
        // accuracy × numerator needs up to 160 bits; the quotient is ≤ accuracy, so the division fits.
        let product = UInt128(Self.accuracy).multipliedFullWidth(by: numerator)
        let (quotient, _) = denominator.dividingFullWidth(product)
        self.init(parts: UInt32(quotient))
    }

    /// Orders ratios by size.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.parts < rhs.parts }

    /// `amount × self`, rounded to the nearest integer with ties rounded down (sp-arithmetic `Mul<N>`).
    ///
    /// Computed as `amount / accuracy × parts` plus the rounded share of the remainder, so it never
    /// overflows. Example: 50 % of 9 999 999 is 4 999 999.
    public static func * (ratio: Self, amount: UInt128) -> UInt128 {
        let accuracy = UInt128(Self.accuracy)
        let parts = UInt128(ratio.parts)
        let remainderProduct = amount % accuracy * parts
        var correction = remainderProduct / accuracy
        if remainderProduct % accuracy > accuracy / 2 { correction += 1 }
        return amount / accuracy * parts + correction
    }

    /// `amount × self` for a balance, rounded as `*` on `UInt128` is.
    public static func * (ratio: Self, amount: Balance) -> Balance {
        Balance(planck: ratio * amount.planck)
    }

    /// `self + other`, or `nil` when the sum exceeds one.
    public func checkedAdding(_ other: Self) -> Self? {
        let sum = parts + other.parts  // Both ≤ 10⁹, so the UInt32 sum cannot overflow.
        return sum <= Self.accuracy ? Self(parts: sum) : nil
    }

    /// `self − other`, or `nil` when `other` is larger.
    public func checkedSubtracting(_ other: Self) -> Self? {
        parts >= other.parts ? Self(parts: parts - other.parts) : nil
    }

    /// `self + other`, clamped to one.
    public func saturatingAdding(_ other: Self) -> Self { Self(parts: parts + other.parts) }

    /// `self − other`, clamped to zero.
    public func saturatingSubtracting(_ other: Self) -> Self { checkedSubtracting(other) ?? .zero }

    /// Appends the parts as a little-endian `u32`.
    public func encode(to encoder: inout ScaleEncoder) {
        parts.encode(to: &encoder)
    }

    /// Reads a little-endian `u32` and rejects a value above `accuracy`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let start = decoder.offset
        let parts = try UInt32(from: &decoder)
        guard parts <= Self.accuracy else {
            throw ScaleDecodingError(
                .invalidValue(reason: "\(parts) parts exceed the maximum of \(Self.accuracy)"),
                at: start
            )
        }
        self.init(parts: parts)
    }

    /// The ratio as `parts/accuracy`, e.g. `"500000/1000000"`.
    public var description: String { "\(parts)/\(Self.accuracy)" }
}
