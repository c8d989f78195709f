public import SCALE

/// Why a dispatched call failed, exactly as sp-runtime's `DispatchError` reaches the chain in
/// `System.ExtrinsicFailed` and `Utility.BatchInterrupted`.
///
/// SCALE: the variant index, then the variant's fields. Indices are sp-runtime's and never change.
/// `other` carries a message for logs and tests only: like Substrate's `#[codec(skip)]` string it is
/// not encoded, and decodes as empty.
public enum DispatchError: Swift.Error, Sendable, Hashable {
    /// Index 0: a failure with no better variant; the reason is not encoded.
    case other(String)
    /// Index 1: an address could not be resolved to an account.
    case cannotLookup
    /// Index 2: the origin may not make this call (not signed, not root, not the sudo key…).
    case badOrigin
    /// Index 3: a pallet's own error, as `{pallet index, error index, 3 zero bytes}`.
    case module(ModuleError)
    /// Index 4: the account still has consumers, so it cannot be removed.
    case consumerRemaining
    /// Index 5: the account has no providers, so it cannot hold consumers or a nonce.
    case noProviders
    /// Index 6: the account has too many consumers.
    case tooManyConsumers
    /// Index 7: a balance operation broke a token rule.
    case token(TokenError)
    /// Index 8: an arithmetic operation overflowed, underflowed or divided by zero.
    case arithmetic(ArithmeticError)
    /// Index 9: nested transactions went wrong (too deep, or none open).
    case transactional(TransactionalError)
    /// Index 10: resources (weight, memory) were exhausted.
    case exhausted
    /// Index 11: the state is corrupt: a stored value does not decode.
    case corruption
    /// Index 12: some resource is unavailable right now.
    case unavailable
    /// Index 13: the root origin may not make this call.
    case rootNotAllowed
}

extension DispatchError: ScaleCodable {
    /// Appends the variant index and its fields (nothing for `other`'s message).
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .other: encoder.encode(variantIndex: 0)
        case .cannotLookup: encoder.encode(variantIndex: 1)
        case .badOrigin: encoder.encode(variantIndex: 2)
        case .module(let error):
            encoder.encode(variantIndex: 3)
            encoder.encode(error)
        case .consumerRemaining: encoder.encode(variantIndex: 4)
        case .noProviders: encoder.encode(variantIndex: 5)
        case .tooManyConsumers: encoder.encode(variantIndex: 6)
        case .token(let error):
            encoder.encode(variantIndex: 7)
            encoder.encode(variantIndex: error.rawValue)
        case .arithmetic(let error):
            encoder.encode(variantIndex: 8)
            encoder.encode(variantIndex: error.rawValue)
        case .transactional(let error):
            encoder.encode(variantIndex: 9)
            encoder.encode(variantIndex: error.rawValue)
        case .exhausted: encoder.encode(variantIndex: 10)
        case .corruption: encoder.encode(variantIndex: 11)
        case .unavailable: encoder.encode(variantIndex: 12)
        case .rootNotAllowed: encoder.encode(variantIndex: 13)
        }
    }

    /// Reads one error; `other` decodes with an empty message.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .other("")
        case 1: self = .cannotLookup
        case 2: self = .badOrigin
        case 3: self = .module(try decoder.decode())
        case 4: self = .consumerRemaining
        case 5: self = .noProviders
        case 6: self = .tooManyConsumers
        case 7: self = .token(try Self.decodeRaw(TokenError.self, from: &decoder))
        case 8: self = .arithmetic(try Self.decodeRaw(ArithmeticError.self, from: &decoder))
        case 9: self = .transactional(try Self.decodeRaw(TransactionalError.self, from: &decoder))
        case 10: self = .exhausted
        case 11: self = .corruption
        case 12: self = .unavailable
        case 13: self = .rootNotAllowed
        default: throw decoder.unknownVariant(variant, of: DispatchError.self)
        }
    }

    private static func decodeRaw<Cause: RawRepresentable<UInt8>>(
        _ type: Cause.Type,
        from decoder: inout ScaleDecoder
    ) throws(ScaleDecodingError) -> Cause {
        let index = try decoder.decodeVariantIndex()
        guard let cause = Cause(rawValue: index) else { throw decoder.unknownVariant(index, of: Cause.self) }
        return cause
    }
}
