import PhalaCrypto
import PhalaPrimitives

/// Input, return, hashing, events and the chain extension (pink-abi.md §4 #6–#15).
extension ExecutionSession {
    func input(_ frame: Frame, output: UInt32, length: UInt32) throws(FrameExit) {
        guard let input = frame.input else { throw .contracts(.inputForwarded) }
        try charge(refTime: GasSchedule.weightPerByte * UInt64(input.count))
        try frame.writeOutput(input, to: output, lengthAt: length)
    }

    func sealReturn(_ frame: Frame, flags: UInt32, data: UInt32, length: UInt32) throws(FrameExit) -> Never {
        guard flags & ~ExecReturnValue.revertFlag == 0 else { throw .contracts(.invalidCallFlags) }
        try charge(refTime: GasSchedule.weightPerByte * UInt64(length))
        throw .returned(ExecReturnValue(flags: flags, data: try frame.read(data, length)))
    }

    func hash(_ function: HostFunction, _ frame: Frame, input: UInt32, length: UInt32, output: UInt32) throws(FrameExit) {
        try charge(refTime: GasSchedule.weightPerByte * UInt64(length))
        let bytes = try frame.read(input, length)
        let digest: [UInt8] =
            switch function {
            case .hashBlake2_128: Hashing.blake2_128(bytes)
            case .hashSha2_256: SHA2_256.hash(bytes)
            case .hashKeccak256: Keccak256.hash(bytes)
            default: Hashing.blake2_256(bytes)
            }
        try frame.write(digest, at: output)
    }

    func depositEvent(
        _ frame: Frame, topics: UInt32, topicsLength: UInt32, data: UInt32, dataLength: UInt32
    ) throws(FrameExit) {
        let decodedTopics = topicsLength == 0 ? [] : try frame.decode([H256].self, at: topics, length: topicsLength)
        guard decodedTopics.count <= 4 else { throw .contracts(.tooManyTopics) }
        guard dataLength <= Self.maximumValueLength else { throw .contracts(.valueTooLarge) }
        try charge(refTime: 3_700_000 * UInt64(decodedTopics.count) + GasSchedule.weightPerByte * UInt64(dataLength))
        frame.depositEvent(topics: decodedTopics, data: try frame.read(data, dataLength))
    }

    func callChainExtension(
        _ frame: Frame, id: UInt32, input: UInt32, length: UInt32, output: UInt32, outputLength: UInt32
    ) throws(FrameExit) -> UInt32 {
        let arguments = try frame.read(input, length)
        let result: ChainExtensionResult
        do {
            result = try executor.chainExtension.call(id: id, input: arguments, frame: frame)
        } catch {
            throw .failed(error)
        }
        try frame.writeOutput(
            result.output, to: output, lengthAt: outputLength, overflow: .pink(.contractIoBufferOverflow))
        return result.status
    }
}

extension Frame {
    /// Reads a 32-byte account id.
    func account(at pointer: UInt32) throws(FrameExit) -> AccountId32 {
        AccountId32(digest: try read(pointer, 32))
    }

    /// Reads a 32-byte hash.
    func hash(at pointer: UInt32) throws(FrameExit) -> H256 {
        H256(digest: try read(pointer, 32))
    }

    /// Reads a u128 balance (16 bytes little-endian).
    func balance(at pointer: UInt32) throws(FrameExit) -> Balance {
        let bytes = try read(pointer, 16)
        return Balance(planck: bytes.reversed().reduce(UInt128(0)) { $0 << 8 | UInt128($1) })
    }
}
