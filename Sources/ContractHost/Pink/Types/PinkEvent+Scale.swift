public import SCALE

extension PinkEvent {
    /// Appends the explicit variant index (2…12) and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .setHook(let hook, let contract, let selector, let gasLimit):
            encoder.encode(variantIndex: 2)
            encoder.encode(tuple: hook, contract, selector, gasLimit)
        case .deploySidevmTo(let contract, let codeHash):
            encoder.encode(variantIndex: 3)
            encoder.encode(tuple: contract, codeHash)
        case .sidevmMessage(let payload):
            encoder.encode(variantIndex: 4)
            encoder.encode(payload)
        case .cacheOperation(let operation):
            encoder.encode(variantIndex: 5)
            encoder.encode(operation)
        case .stopSidevm:
            encoder.encode(variantIndex: 6)
        case .forceStopSidevm(let contract):
            encoder.encode(variantIndex: 7)
            encoder.encode(contract)
        case .setLogHandler(let contract):
            encoder.encode(variantIndex: 8)
            encoder.encode(contract)
        case .setContractWeight(let contract, let weight):
            encoder.encode(variantIndex: 9)
            encoder.encode(tuple: contract, weight)
        case .upgradeRuntimeTo(let major, let minor):
            encoder.encode(variantIndex: 10)
            encoder.encode(tuple: major, minor)
        case .sidevmOperation(let encoded):
            encoder.encode(variantIndex: 11)
            encoder.append(encoded)
        case .setJsRuntime(let hash):
            encoder.encode(variantIndex: 12)
            encoder.encode(hash)
        }
    }

    /// Reads the variant index and the fields; 0, 1 (the legacy numbering) and anything above 12 are
    /// `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        switch index {
        case 2:
            self = .setHook(
                hook: try decoder.decode(), contract: try decoder.decode(), selector: try decoder.decode(),
                gasLimit: try decoder.decode()
            )
        case 3: self = .deploySidevmTo(contract: try decoder.decode(), codeHash: try decoder.decode())
        case 4: self = .sidevmMessage(try decoder.decode())
        case 5: self = .cacheOperation(try decoder.decode())
        case 6: self = .stopSidevm
        case 7: self = .forceStopSidevm(contract: try decoder.decode())
        case 8: self = .setLogHandler(try decoder.decode())
        case 9: self = .setContractWeight(contract: try decoder.decode(), weight: try decoder.decode())
        case 10: self = .upgradeRuntimeTo(major: try decoder.decode(), minor: try decoder.decode())
        case 11: self = .sidevmOperation(encoded: try decoder.readBytes(decoder.remaining))
        case 12: self = .setJsRuntime(try decoder.decode())
        default: throw decoder.unknownVariant(index, of: PinkEvent.self)
        }
    }
}
