import SCALE
import WasmKit

/// Bounds-checked access to a frame's memory with pallet-contracts' conventions (pink-abi.md §3).
extension Frame {
    /// The value of a `u32::MAX` pointer: "do not write this output".
    static let sentinel: UInt32 = .max

    private func checkedMemory(_ pointer: UInt32, _ length: Int) throws(FrameExit) -> Memory {
        guard let memory, length >= 0, UInt64(pointer) + UInt64(length) <= UInt64(memory.byteCount) else {
            throw .contracts(.outOfBounds)
        }
        return memory
    }

    /// Copies `length` bytes from memory at `pointer`.
    /// - Throws: `OutOfBounds` if the range leaves memory.
    func read(_ pointer: UInt32, _ length: UInt32) throws(FrameExit) -> [UInt8] {
        let memory = try checkedMemory(pointer, Int(length))
        return memory.withUnsafeBufferPointer(offset: UInt(pointer), count: Int(length)) { Array($0) }
    }

    /// Writes `bytes` to memory at `pointer`.
    /// - Throws: `OutOfBounds` if the range leaves memory.
    func write(_ bytes: [UInt8], at pointer: UInt32) throws(FrameExit) {
        let memory = try checkedMemory(pointer, bytes.count)
        memory.withUnsafeMutableBufferPointer(offset: UInt(pointer), count: bytes.count) { buffer in
            buffer.copyBytes(from: bytes)
        }
    }

    /// Reads a little-endian u32.
    func readUInt32(at pointer: UInt32) throws(FrameExit) -> UInt32 {
        let bytes = try read(pointer, 4)
        return bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Writes a little-endian u32.
    func writeUInt32(_ value: UInt32, at pointer: UInt32) throws(FrameExit) {
        try write((0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }, at: pointer)
    }

    /// Reads and SCALE-decodes a value that must fill exactly `length` bytes.
    /// - Throws: `OutOfBounds`, or `DecodingFailed` for bad or trailing bytes.
    func decode<Value: ScaleDecodable>(_ type: Value.Type, at pointer: UInt32, length: UInt32) throws(FrameExit) -> Value {
        let bytes = try read(pointer, length)
        do {
            return try Value(scaleDecoding: bytes)
        } catch {
            throw .contracts(.decodingFailed)
        }
    }

    /// The output-buffer convention: capacity at `lengthPointer`, bytes to `pointer`, actual length back.
    /// - Parameters:
    ///   - bytes: the value to hand out.
    ///   - pointer: where to write it; `sentinel` skips the write when `allowSkip`.
    ///   - lengthPointer: holds the buffer's capacity, and receives the written length.
    ///   - allowSkip: whether `sentinel` means "skip" (outputs of call, instantiate, delegate_call).
    ///   - overflow: the failure for a too-small buffer.
    func writeOutput(
        _ bytes: [UInt8], to pointer: UInt32, lengthAt lengthPointer: UInt32, allowSkip: Bool = false,
        overflow: ExecutionFailure = .contracts(.outputBufferTooSmall)
    ) throws(FrameExit) {
        if allowSkip && pointer == Self.sentinel { return }
        let capacity = try readUInt32(at: lengthPointer)
        guard UInt64(bytes.count) <= UInt64(capacity) else { throw .failed(overflow) }
        try write(bytes, at: pointer)
        try writeUInt32(UInt32(bytes.count), at: lengthPointer)
    }
}
