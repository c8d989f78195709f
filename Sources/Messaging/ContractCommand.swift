public import SCALE

/// A transaction for a Phat Contract, as a client sends it through `push_contract_message`
/// (pink's `Command::InkMessage` inside `CommandPayload::Plain`).
///
/// Cluster workers run it in block order with the pushing account as the origin. This host accepts
/// the plain payload only; an `Encrypted` payload (variant 1) is refused, so command arguments are
/// public on chain (queries are the private path).
public struct ContractCommand: Sendable, Hashable {
    /// Up to 32 bytes chosen by the client to tell its commands apart.
    public var nonce: [UInt8]
    /// The message: selector ‖ SCALE arguments.
    public var message: [UInt8]
    /// Balance moved from the sender's cluster account to the contract.
    public var transfer: UInt128
    /// The most gas (ref_time) the command may use; clipped to the transaction maximum.
    public var gasLimit: UInt64
    /// The most storage deposit the command may charge; `nil` for no limit.
    public var storageDepositLimit: UInt128?

    /// The longest nonce pink accepts.
    public static let maximumNonceLength = 32

    /// Creates a command.
    public init(
        nonce: [UInt8] = [], message: [UInt8], transfer: UInt128 = 0, gasLimit: UInt64 = 2_500_000_000_000,
        storageDepositLimit: UInt128? = nil
    ) {
        self.nonce = nonce
        self.message = message
        self.transfer = transfer
        self.gasLimit = gasLimit
        self.storageDepositLimit = storageDepositLimit
    }
}

extension ContractCommand: ScaleCodable {
    /// Writes `CommandPayload::Plain(Command::InkMessage{nonce, message, transfer, gas_limit,
    /// storage_deposit_limit})`: two variant bytes 0, 0, then the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: 0)
        encoder.encode(variantIndex: 0)
        encoder.encode(tuple: nonce, message, transfer, gasLimit, storageDepositLimit)
    }

    /// Reads a plain `InkMessage` command.
    /// - Throws: `ScaleDecodingError` for an encrypted payload, another command, or a nonce over 32 bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let payload = try decoder.decodeVariantIndex()
        guard payload == 0 else { throw decoder.unknownVariant(payload, of: ContractCommand.self) }
        let command = try decoder.decodeVariantIndex()
        guard command == 0 else { throw decoder.unknownVariant(command, of: ContractCommand.self) }
        let nonce: [UInt8] = try decoder.decode()
        guard nonce.count <= Self.maximumNonceLength else {
            throw decoder.error(.invalidValue(reason: "a command nonce of \(nonce.count) bytes; at most 32 are allowed"))
        }
        self.init(
            nonce: nonce, message: try decoder.decode(), transfer: try decoder.decode(), gasLimit: try decoder.decode(),
            storageDepositLimit: try decoder.decode())
    }
}
