public import SCALE

/// Why a transaction may not enter the pool or a block (sp-runtime's `TransactionValidityError`).
///
/// SCALE: `00 ‖ InvalidTransaction` or `01 ‖ UnknownTransaction`. `reason` gives Substrate's exact
/// message, which the node's RPC returns as the `data` of error 1010 (invalid) or 1011 (unknown).
public enum TransactionValidityError: Swift.Error, Sendable, Hashable {
    /// The transaction is invalid and will stay so.
    case invalid(InvalidTransaction)
    /// Its validity could not be decided.
    case unknown(UnknownTransaction)

    /// Substrate's message for the error, e.g. "Transaction has a bad signature".
    public var reason: String {
        switch self {
        case .invalid(let invalid): invalid.reason
        case .unknown(let unknown): unknown.reason
        }
    }
}

extension TransactionValidityError: ScaleCodable {
    /// Appends the variant index and the cause.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .invalid(let invalid):
            encoder.encode(variantIndex: 0)
            encoder.encode(invalid)
        case .unknown(let unknown):
            encoder.encode(variantIndex: 1)
            encoder.encode(unknown)
        }
    }

    /// Reads the variant index and the cause.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .invalid(try decoder.decode())
        case 1: self = .unknown(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: TransactionValidityError.self)
        }
    }
}

/// Why a transaction is invalid (sp-runtime's `InvalidTransaction`), with sp-runtime's variant indices.
public enum InvalidTransaction: Sendable, Hashable {
    /// Index 0: the call is not allowed here (an inherent sent to the pool, a filtered call).
    case call
    /// Index 1: the sender cannot pay the fee.
    case payment
    /// Index 2: the nonce is ahead of the account's.
    case future
    /// Index 3: the nonce is behind the account's.
    case stale
    /// Index 4: the signature does not verify.
    case badProof
    /// Index 5: the era's birth block is unknown or too old.
    case ancientBirthBlock
    /// Index 6: the block has no room left for it.
    case exhaustsResources
    /// Index 7: a runtime-specific reason.
    case custom(UInt8)
    /// Index 8: a mandatory call failed.
    case badMandatory
    /// Index 9: a transaction claimed a mandatory dispatch.
    case mandatoryValidation
    /// Index 10: the sender is not allowed (the all-zero account).
    case badSigner

    /// Substrate's message for the cause (sp-runtime's `From<InvalidTransaction> for &'static str`).
    public var reason: String {
        switch self {
        case .call: "Transaction call is not expected"
        case .payment: "Inability to pay some fees (e.g. account balance too low)"
        case .future: "Transaction will be valid in the future"
        case .stale: "Transaction is outdated"
        case .badProof: "Transaction has a bad signature"
        case .ancientBirthBlock: "Transaction has an ancient birth block"
        case .exhaustsResources: "Transaction would exhaust the block limits"
        case .custom: "InvalidTransaction custom error"
        case .badMandatory: "A call was labelled as mandatory, but resulted in an Error."
        case .mandatoryValidation: "Transaction dispatch is mandatory; transactions may not have mandatory dispatches."
        case .badSigner: "Invalid signing address"
        }
    }
}

extension InvalidTransaction: ScaleCodable {
    /// Appends the variant index, and the code for `custom`.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .call: encoder.encode(variantIndex: 0)
        case .payment: encoder.encode(variantIndex: 1)
        case .future: encoder.encode(variantIndex: 2)
        case .stale: encoder.encode(variantIndex: 3)
        case .badProof: encoder.encode(variantIndex: 4)
        case .ancientBirthBlock: encoder.encode(variantIndex: 5)
        case .exhaustsResources: encoder.encode(variantIndex: 6)
        case .custom(let code):
            encoder.encode(variantIndex: 7)
            encoder.encode(code)
        case .badMandatory: encoder.encode(variantIndex: 8)
        case .mandatoryValidation: encoder.encode(variantIndex: 9)
        case .badSigner: encoder.encode(variantIndex: 10)
        }
    }

    /// Reads one cause; an index above 10 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .call
        case 1: self = .payment
        case 2: self = .future
        case 3: self = .stale
        case 4: self = .badProof
        case 5: self = .ancientBirthBlock
        case 6: self = .exhaustsResources
        case 7: self = .custom(try decoder.decode())
        case 8: self = .badMandatory
        case 9: self = .mandatoryValidation
        case 10: self = .badSigner
        default: throw decoder.unknownVariant(variant, of: InvalidTransaction.self)
        }
    }
}

/// Why a transaction's validity could not be decided (sp-runtime's `UnknownTransaction`).
public enum UnknownTransaction: Sendable, Hashable {
    /// Index 0: something needed to validate it could not be looked up (the signer's address).
    case cannotLookup
    /// Index 1: an unsigned transaction no pallet validates.
    case noUnsignedValidator
    /// Index 2: a runtime-specific reason.
    case custom(UInt8)

    /// Substrate's message for the cause.
    public var reason: String {
        switch self {
        case .cannotLookup: "Could not lookup information required to validate the transaction"
        case .noUnsignedValidator: "Could not find an unsigned validator for the unsigned transaction"
        case .custom: "UnknownTransaction custom error"
        }
    }
}

extension UnknownTransaction: ScaleCodable {
    /// Appends the variant index, and the code for `custom`.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .cannotLookup: encoder.encode(variantIndex: 0)
        case .noUnsignedValidator: encoder.encode(variantIndex: 1)
        case .custom(let code):
            encoder.encode(variantIndex: 2)
            encoder.encode(code)
        }
    }

    /// Reads one cause; an index above 2 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0: self = .cannotLookup
        case 1: self = .noUnsignedValidator
        case 2: self = .custom(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: UnknownTransaction.self)
        }
    }
}
