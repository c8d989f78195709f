public import PhalaPrimitives
public import RuntimeSupport

/// An extrinsic decoded into this runtime's call, with its signer once the signature has been checked
/// (sp-runtime's `CheckedExtrinsic`).
public struct CheckedExtrinsic: Sendable {
    /// The wire form.
    public let extrinsic: UncheckedExtrinsic
    /// The decoded call.
    public let call: RuntimeCall
    /// The encoded length, length prefix included: what the length fee is charged on.
    public let length: UInt32

    /// The call's declared dispatch info.
    public var info: DispatchInfo { call.dispatchInfo }
}

/// Why an extrinsic was not applied or validated: the transaction is refused, or the state could not
/// be read.
enum ExtrinsicRejection: Swift.Error {
    /// The transaction is refused with this reason.
    case invalid(TransactionValidityError)
    /// A state read failed.
    case state(DispatchError)
}
