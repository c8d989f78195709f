public import SCALE

/// How a frame ended normally: pallet-contracts' `ExecReturnValue` (pink-abi.md §3.5, §6.6).
public struct ExecReturnValue: Sendable, Hashable {
    /// Return flags; bit 0 (`revert`) means the frame's state changes were rolled back.
    public var flags: UInt32
    /// The bytes passed to `seal_return`, empty when the export simply returned.
    public var data: [UInt8]

    /// The REVERT return flag.
    public static let revertFlag: UInt32 = 1

    /// Creates a return value.
    public init(flags: UInt32 = 0, data: [UInt8] = []) {
        self.flags = flags
        self.data = data
    }

    /// Whether the contract asked for its state changes to be rolled back.
    public var didRevert: Bool { flags & Self.revertFlag != 0 }
}

extension ExecReturnValue: ScaleCodable {
    /// Writes `flags` as u32 LE then `data` as `Vec<u8>`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(flags)
        encoder.encode(data)
    }

    /// Reads `flags` and `data`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        flags = try decoder.decode()
        data = try decoder.decode()
    }
}
