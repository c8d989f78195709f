public import SCALE

/// A contract call's result as a pink worker returns it: pallet-contracts' `ContractResult`
/// (pink-abi.md §6.6), decoded for clients.
///
/// Success means `output` is set and `reverted` is false; a REVERT still returns the contract's output.
public struct ContractCallResult: Sendable, Hashable {
    /// Gas consumed, in ref_time units.
    public var gasConsumed: UInt64
    /// What the contracts printed with `debug_message`, panic messages included.
    public var debugMessage: String
    /// The return flags; bit 0 means the contract reverted its changes.
    public var flags: UInt32
    /// The contract's returned bytes, when it ran to the end (with or without REVERT).
    public var output: [UInt8]?
    /// The SCALE-encoded `DispatchError` when the execution failed (`03 04 0c 00 00 00` is ContractTrapped).
    public var dispatchError: [UInt8]?

    /// Whether the contract returned with the REVERT flag.
    public var reverted: Bool { flags & 1 != 0 }
}

extension ContractCallResult: ScaleDecodable {
    /// Reads gas consumed and required, the storage deposit, the debug message and the result; the
    /// trailing events field is ignored.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        gasConsumed = try decoder.decode(Compact<UInt64>.self).value
        _ = try decoder.decode(Compact<UInt64>.self)
        _ = try decoder.decode(Compact<UInt64>.self)
        _ = try decoder.decode(Compact<UInt64>.self)
        _ = try decoder.decodeVariantIndex()
        _ = try decoder.decode(UInt128.self)
        let debug: [UInt8] = try decoder.decode()
        debugMessage = String(decoding: debug, as: UTF8.self)
        switch try decoder.decodeVariantIndex() {
        case 0:
            flags = try decoder.decode()
            let data: [UInt8] = try decoder.decode()
            output = data
            dispatchError = nil
        case 1:
            flags = 0
            output = nil
            var error: [UInt8] = []
            let variant = try decoder.readByte()
            error.append(variant)
            if variant == 3 { error += try decoder.readBytes(5) }
            dispatchError = error
        case let other:
            throw decoder.unknownVariant(other, of: ContractCallResult.self)
        }
        _ = try decoder.readBytes(decoder.remaining)
    }
}
