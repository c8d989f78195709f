import PhalaPrimitives
import WasmKit

/// Routes each host function to its implementation, unpacking the wasm arguments.
extension ExecutionSession {
    /// Runs `function` for `frame`; returns the i32 result for functions that have one.
    func perform(
        _ function: HostFunction, arguments: UnsafeBufferPointer<Value>, frame: Frame
    ) throws(FrameExit) -> UInt32? {
        let a = Arguments(values: arguments)
        switch function {
        case .getStorageFixed: return try getStorage(frame, key: .fixed(frame.read(a[0], 32)), output: a[1], length: a[2])
        case .setStorageFixed:
            _ = try setStorage(frame, key: .fixed(frame.read(a[0], 32)), value: a[1], length: a[2])
            return nil
        case .getStorage: return try getStorage(frame, key: variableKey(frame, a[0], a[1]), output: a[2], length: a[3])
        case .setStorage: return try setStorage(frame, key: variableKey(frame, a[0], a[1]), value: a[2], length: a[3])
        case .containsStorage: return try containsStorage(frame, key: variableKey(frame, a[0], a[1]))
        case .clearStorage: return try clearStorage(frame, key: variableKey(frame, a[0], a[1]))
        case .input: try input(frame, output: a[0], length: a[1])
        case .sealReturn: try sealReturn(frame, flags: a[0], data: a[1], length: a[2])
        case .valueTransferred: try frame.writeOutput(frame.value.planck.littleEndianBytes, to: a[0], lengthAt: a[1])
        case .caller: try frame.writeOutput(frame.caller.bytes, to: a[0], lengthAt: a[1])
        case .address: try frame.writeOutput(frame.contract.bytes, to: a[0], lengthAt: a[1])
        case .blockNumber: try frame.writeOutput(context.blockNumber.littleEndianBytes, to: a[0], lengthAt: a[1])
        case .now: try frame.writeOutput(context.timestampMillis.littleEndianBytes, to: a[0], lengthAt: a[1])
        case .balance:
            try frame.writeOutput(overlay.balance(of: frame.contract).planck.littleEndianBytes, to: a[0], lengthAt: a[1])
        case .minimumBalance: try frame.writeOutput(UInt128(1).littleEndianBytes, to: a[0], lengthAt: a[1])
        case .gasLeft:
            try frame.writeOutput((remainingFuel * GasSchedule.refTimePerFuel).littleEndianBytes, to: a[0], lengthAt: a[1])
        case .isContract: return try overlay.contract(at: frame.account(at: a[0])) == nil ? 0 : 1
        case .callerIsOrigin: return frames.count == 1 ? 1 : 0
        case .ownCodeHash:
            let hash = overlay.contract(at: frame.contract)?.codeHash ?? frame.codeHash
            try frame.writeOutput(hash.bytes, to: a[0], lengthAt: a[1])
        case .debugMessage:
            appendDebugMessage(try frame.read(a[0], a[1]))
            return 0
        case .hashBlake2_256, .hashBlake2_128, .hashSha2_256, .hashKeccak256:
            try hash(function, frame, input: a[0], length: a[1], output: a[2])
        case .depositEvent: try depositEvent(frame, topics: a[0], topicsLength: a[1], data: a[2], dataLength: a[3])
        case .callChainExtension:
            return try callChainExtension(frame, id: a[0], input: a[1], length: a[2], output: a[3], outputLength: a[4])
        case .call:
            return try call(
                frame, flags: a[0], callee: a[1], gas: a.u64(2), value: a[3], input: a[4], inputLength: a[5],
                output: a[6], outputLength: a[7])
        case .delegateCall:
            return try delegateCall(
                frame, flags: a[0], codeHash: a[1], input: a[2], inputLength: a[3], output: a[4], outputLength: a[5])
        case .instantiate:
            return try instantiate(
                frame, codeHash: a[0], gas: a.u64(1), value: a[2], input: a[3], inputLength: a[4], address: a[5],
                addressLength: a[6], output: a[7], outputLength: a[8], salt: a[9], saltLength: a[10])
        case .codeHash: return try codeHash(frame, account: a[0], output: a[1], length: a[2])
        case .setCodeHash: return try setCodeHash(frame, codeHash: a[0])
        }
        return nil
    }
}

/// The wasm arguments of one host call, read as u32 and u64.
struct Arguments {
    let values: UnsafeBufferPointer<Value>

    subscript(_ index: Int) -> UInt32 {
        if case .i32(let value) = values[index] { return value }
        return 0
    }

    func u64(_ index: Int) -> UInt64 {
        if case .i64(let value) = values[index] { return value }
        return 0
    }
}

extension FixedWidthInteger {
    /// The value's little-endian bytes, as SCALE writes fixed-width integers.
    var littleEndianBytes: [UInt8] {
        (0..<(Self.bitWidth / 8)).map { UInt8(truncatingIfNeeded: self >> (8 * $0)) }
    }
}
