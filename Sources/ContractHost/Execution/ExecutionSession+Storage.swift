/// The storage host functions (pink-abi.md §4 #1–#5 and `clear_storage`).
extension ExecutionSession {
    /// The most bytes a storage value or event payload may have: pink's `payload_len`, 1 MiB.
    static let maximumValueLength: UInt32 = 1 << 20

    func variableKey(_ frame: Frame, _ pointer: UInt32, _ length: UInt32) throws(FrameExit) -> StorageKey {
        guard length <= StorageKey.maximumVariableLength else { throw .contracts(.decodingFailed) }
        return .variable(try frame.read(pointer, length))
    }

    /// Writes the stored value through the output convention and returns 0, or returns 3 (KeyNotFound).
    func getStorage(_ frame: Frame, key: StorageKey, output: UInt32, length: UInt32) throws(FrameExit) -> UInt32 {
        guard let value = overlay.storage(of: frame.contract, key: key) else { return ReturnCode.keyNotFound }
        try charge(refTime: GasSchedule.weightPerByte * UInt64(value.count))
        try frame.writeOutput(value, to: output, lengthAt: length)
        return ReturnCode.success
    }

    /// Stores a value (an empty value is stored, not deleted); returns the previous length or SENTINEL.
    func setStorage(_ frame: Frame, key: StorageKey, value pointer: UInt32, length: UInt32) throws(FrameExit) -> UInt32 {
        guard length <= Self.maximumValueLength else { throw .contracts(.valueTooLarge) }
        try charge(refTime: GasSchedule.weightPerByte * UInt64(length))
        let value = try frame.read(pointer, length)
        let previous = overlay.storage(of: frame.contract, key: key)
        overlay.setStorage(of: frame.contract, key: key, to: value)
        return previous.map { UInt32($0.count) } ?? Frame.sentinel
    }

    /// The stored value's length, or SENTINEL.
    func containsStorage(_ frame: Frame, key: StorageKey) throws(FrameExit) -> UInt32 {
        overlay.storage(of: frame.contract, key: key).map { UInt32($0.count) } ?? Frame.sentinel
    }

    /// Removes a value; returns its length, or SENTINEL if there was none.
    func clearStorage(_ frame: Frame, key: StorageKey) throws(FrameExit) -> UInt32 {
        let previous = overlay.storage(of: frame.contract, key: key)
        overlay.setStorage(of: frame.contract, key: key, to: nil)
        return previous.map { UInt32($0.count) } ?? Frame.sentinel
    }
}

/// The `ReturnCode` values host functions return (pink-abi.md §3.3).
enum ReturnCode {
    static let success: UInt32 = 0
    static let calleeTrapped: UInt32 = 1
    static let calleeReverted: UInt32 = 2
    static let keyNotFound: UInt32 = 3
    static let transferFailed: UInt32 = 5
    static let codeNotFound: UInt32 = 7
    static let notCallable: UInt32 = 8
}
