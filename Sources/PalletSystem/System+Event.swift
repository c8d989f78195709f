public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension System {
    /// System's events, with frame-system's variant indices and field names.
    public enum Event: Sendable, Hashable {
        /// Index 0, `ExtrinsicSuccess{dispatch_info}`: an extrinsic completed.
        case extrinsicSucceeded(dispatchInfo: DispatchInfo)
        /// Index 1, `ExtrinsicFailed{dispatch_error, dispatch_info}`: an extrinsic's call failed; its
        /// fee was still charged.
        case extrinsicFailed(dispatchError: DispatchError, dispatchInfo: DispatchInfo)
        /// Index 3, `NewAccount{account}`: an account was created.
        case newAccount(account: AccountId32)
        /// Index 4, `KilledAccount{account}`: an account was removed.
        case killedAccount(account: AccountId32)
        /// Index 5, `Remarked{sender, hash}`: an account made a remark (its blake2-256 hash).
        case remarked(sender: AccountId32, hash: H256)

        /// The variant's name in metadata.
        public var name: String {
            switch self {
            case .extrinsicSucceeded: "ExtrinsicSuccess"
            case .extrinsicFailed: "ExtrinsicFailed"
            case .newAccount: "NewAccount"
            case .killedAccount: "KilledAccount"
            case .remarked: "Remarked"
            }
        }
    }
}

extension System.Event: ScaleCodable {
    /// Appends the variant index and the fields in declaration order.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .extrinsicSucceeded(let info):
            encoder.encode(variantIndex: 0)
            encoder.encode(info)
        case .extrinsicFailed(let error, let info):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: error, info)
        case .newAccount(let account):
            encoder.encode(variantIndex: 3)
            encoder.encode(account)
        case .killedAccount(let account):
            encoder.encode(variantIndex: 4)
            encoder.encode(account)
        case .remarked(let sender, let hash):
            encoder.encode(variantIndex: 5)
            encoder.encode(tuple: sender, hash)
        }
    }

    /// Reads one event; index 2 (`CodeUpdated`) and unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .extrinsicSucceeded(dispatchInfo: try decoder.decode())
        case 1: self = .extrinsicFailed(dispatchError: try decoder.decode(), dispatchInfo: try decoder.decode())
        case 3: self = .newAccount(account: try decoder.decode())
        case 4: self = .killedAccount(account: try decoder.decode())
        case 5: self = .remarked(sender: try decoder.decode(), hash: try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: System.Event.self)
        }
    }
}
