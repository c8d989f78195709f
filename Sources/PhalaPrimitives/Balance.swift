public import SCALE

/// An amount of PHA, held exactly as an integer count of planck (1 PHA = 10¹² planck).
///
/// Substrate's `Balance = u128`. Storage, events and runtime APIs write it as sixteen little-endian
/// bytes (the `ScaleCodable` conformance); calls and the transaction tip write it as `Compact<u128>`
/// (wrap it with `Compact(_:)`). Arithmetic is explicit: `checkedAdding` and `checkedSubtracting` return
/// `nil` instead of wrapping, the saturating forms clamp to `0` and `max`.
public struct Balance: Sendable, Hashable, Comparable {
    /// The amount in planck, the indivisible unit.
    public var planck: UInt128

    /// Creates an amount of `planck` planck.
    public init(planck: UInt128) {
        self.planck = planck
    }

    /// Planck in one PHA: 10¹² (PHA has 12 decimals).
    public static let planckPerPHA: UInt128 = 1_000_000_000_000

    /// How many decimal places PHA has.
    public static let decimals = 12

    /// Nothing.
    public static let zero = Balance(planck: 0)

    /// The largest representable amount, `u128::MAX` planck.
    public static let max = Balance(planck: .max)

    /// An amount of whole PHA; `UInt64` keeps every product within `UInt128`.
    /// - Parameter whole: the number of PHA.
    /// - Returns: `whole × 10¹²` planck.
    public static func pha(_ whole: UInt64) -> Balance {
        Balance(planck: UInt128(whole) * planckPerPHA)
    }

    /// Orders amounts by size.
    public static func < (lhs: Balance, rhs: Balance) -> Bool { lhs.planck < rhs.planck }

    /// `self + other`, or `nil` when the sum exceeds `Balance.max`.
    public func checkedAdding(_ other: Balance) -> Balance? {
        let (sum, overflow) = planck.addingReportingOverflow(other.planck)
        return overflow ? nil : Balance(planck: sum)
    }

    /// `self − other`, or `nil` when `other` is larger.
    public func checkedSubtracting(_ other: Balance) -> Balance? {
        let (difference, overflow) = planck.subtractingReportingOverflow(other.planck)
        return overflow ? nil : Balance(planck: difference)
    }

    /// `self + other`, clamped to `Balance.max`.
    public func saturatingAdding(_ other: Balance) -> Balance {
        checkedAdding(other) ?? .max
    }

    /// `self − other`, clamped to zero.
    public func saturatingSubtracting(_ other: Balance) -> Balance {
        checkedSubtracting(other) ?? .zero
    }
}

extension Balance: ScaleCodable {
    /// Appends the amount as a little-endian `u128`.
    public func encode(to encoder: inout ScaleEncoder) {
        planck.encode(to: &encoder)
    }

    /// Reads a little-endian `u128`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        planck = try UInt128(from: &decoder)
    }
}

extension Compact where Value == UInt128 {
    /// Wraps `balance` for the compact form that calls and the transaction tip use.
    public init(_ balance: Balance) {
        self.init(balance.planck)
    }
}

extension Balance {
    /// Unwraps a compact-encoded amount read from a call or a tip.
    public init(_ compact: Compact<UInt128>) {
        planck = compact.value
    }
}
