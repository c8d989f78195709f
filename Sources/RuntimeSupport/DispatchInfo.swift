public import SCALE

/// What a call declares before it runs: its weight, its class and whether it pays the fee
/// (frame-support's `DispatchInfo`).
///
/// Fees, block limits and `System.ExtrinsicSuccess` all use it. SCALE: `Weight ‖ DispatchClass ‖ Pays`.
public struct DispatchInfo: Sendable, Hashable {
    /// The call's weight.
    public var weight: Weight
    /// The call's class.
    public var dispatchClass: DispatchClass
    /// Whether the sender pays the inclusion fee.
    public var paysFee: Pays

    /// Creates the info; a normal, fee-paying call by default.
    /// - Parameters:
    ///   - weight: the call's weight.
    ///   - dispatchClass: the call's class.
    ///   - paysFee: whether the sender pays the inclusion fee.
    public init(weight: Weight, dispatchClass: DispatchClass = .normal, paysFee: Pays = .yes) {
        self.weight = weight
        self.dispatchClass = dispatchClass
        self.paysFee = paysFee
    }
}

extension DispatchInfo: ScaleCodable {
    /// Appends the weight, the class and the pays flag.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: weight, dispatchClass, paysFee)
    }

    /// Reads the weight, the class and the pays flag.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        weight = try decoder.decode()
        dispatchClass = try decoder.decode()
        paysFee = try decoder.decode()
    }
}
