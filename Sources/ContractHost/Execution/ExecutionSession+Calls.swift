import PhalaPrimitives

/// Nested execution: call, delegate_call, instantiate, code_hash and set_code_hash (pink-abi.md §4 #16–#20).
extension ExecutionSession {
    /// Runs `callee`'s `call` export as a new frame, transferring `value` inside the frame first.
    func callContract(
        caller: AccountId32, callee: AccountId32, value: Balance, input: [UInt8], fuelLimit: UInt64? = nil
    ) -> Result<ExecReturnValue, ExecutionFailure> {
        guard let info = overlay.contract(at: callee) else { return .failure(.contracts(.contractNotFound)) }
        guard let code = overlay.code(info.codeHash) else { return .failure(.contracts(.codeNotFound)) }
        let frame = Frame(session: self, contract: callee, caller: caller, value: value, codeHash: code.hash, input: input)
        return run(frame, code: code, entry: "call", fuelLimit: fuelLimit) {
            overlay.transfer(value, from: caller, to: callee) ? nil : .contracts(.transferFailed)
        }
    }

    /// Creates a contract at pink's address for (`deployer`, `code`, `salt`) and runs its `deploy` export.
    /// - Returns: the address with the constructor's result; the contract exists only if that result
    ///   is a success without REVERT.
    func instantiateContract(
        deployer: AccountId32, code: ContractCode, value: Balance, input: [UInt8], salt: [UInt8], fuelLimit: UInt64? = nil
    ) -> (address: AccountId32, result: Result<ExecReturnValue, ExecutionFailure>) {
        let address = contractAddress(deployer: deployer, codeHash: code.hash, salt: salt)
        guard code.isDeterministic else { return (address, .failure(.contracts(.indeterministic))) }
        guard overlay.contract(at: address) == nil else { return (address, .failure(.contracts(.duplicateContract))) }
        let frame = Frame(session: self, contract: address, caller: deployer, value: value, codeHash: code.hash, input: input)
        let result = run(frame, code: code, entry: "deploy", fuelLimit: fuelLimit) {
            overlay.setContract(ContractInfo(codeHash: code.hash), at: address)
            return overlay.transfer(value, from: deployer, to: address) ? nil : .contracts(.transferFailed)
        }
        // Recorded once the constructor has succeeded, into the caller's layer, so that contracts the
        // constructor itself instantiated come first: pink's order (pink-abi.md §8.1).
        if case .success(let value) = result, !value.didRevert {
            overlay.record(Instantiation(deployer: deployer, address: address))
        }
        return (address, result)
    }

    private func checkDepth() throws(FrameExit) {
        guard frames.count <= executor.configuration.maximumCallDepth else { throw .contracts(.maxCallDepthReached) }
    }

    private func nestedInput(_ frame: Frame, flags: CallFlags, pointer: UInt32, length: UInt32) throws(FrameExit) -> [UInt8] {
        if flags.contains(.cloneInput) {
            guard let input = frame.input else { throw .contracts(.inputForwarded) }
            return input
        }
        if flags.contains(.forwardInput) {
            guard let input = frame.input else { throw .contracts(.inputForwarded) }
            frame.input = nil
            return input
        }
        return try frame.read(pointer, length)
    }

    /// Maps a callee's result to a return code, writing its output where the convention asks.
    private func finish(
        _ frame: Frame, _ result: Result<ExecReturnValue, ExecutionFailure>, flags: CallFlags, output: UInt32,
        outputLength: UInt32
    ) throws(FrameExit) -> UInt32 {
        switch result {
        case .failure(.module(ContractsError.palletIndex, ContractsError.transferFailed.rawValue)):
            return ReturnCode.transferFailed
        case .failure:
            return ReturnCode.calleeTrapped
        case .success(let value):
            if flags.contains(.tailCall) && !value.didRevert { throw .returned(value) }
            try frame.writeOutput(value.data, to: output, lengthAt: outputLength, allowSkip: true)
            return value.didRevert ? ReturnCode.calleeReverted : ReturnCode.success
        }
    }

    private func fuelLimit(forGas gas: UInt64) -> UInt64? {
        gas == 0 ? nil : gas / GasSchedule.refTimePerFuel
    }

    func call(
        _ frame: Frame, flags rawFlags: UInt32, callee pointer: UInt32, gas: UInt64, value valuePointer: UInt32,
        input: UInt32, inputLength: UInt32, output: UInt32, outputLength: UInt32
    ) throws(FrameExit) -> UInt32 {
        let flags = CallFlags(rawValue: rawFlags)
        guard CallFlags.defined.isSuperset(of: flags) else { throw .contracts(.invalidCallFlags) }
        let callee = try frame.account(at: pointer)
        let value = try frame.balance(at: valuePointer)
        let arguments = try nestedInput(frame, flags: flags, pointer: input, length: inputLength)
        try charge(refTime: GasSchedule.weightPerByte * UInt64(arguments.count))
        guard overlay.contract(at: callee) != nil else { return ReturnCode.notCallable }
        try checkDepth()
        frame.allowsReentry = flags.contains(.allowReentry)
        guard !frames.contains(where: { $0.contract == callee && !$0.allowsReentry }) else {
            throw .contracts(.reentranceDenied)
        }
        let result = callContract(
            caller: frame.contract, callee: callee, value: value, input: arguments, fuelLimit: fuelLimit(forGas: gas))
        return try finish(frame, result, flags: flags, output: output, outputLength: outputLength)
    }

    func delegateCall(
        _ frame: Frame, flags rawFlags: UInt32, codeHash pointer: UInt32, input: UInt32, inputLength: UInt32,
        output: UInt32, outputLength: UInt32
    ) throws(FrameExit) -> UInt32 {
        let flags = CallFlags(rawValue: rawFlags)
        guard CallFlags.defined.isSuperset(of: flags), !flags.contains(.allowReentry) else {
            throw .contracts(.invalidCallFlags)
        }
        let hash = try frame.hash(at: pointer)
        let arguments = try nestedInput(frame, flags: flags, pointer: input, length: inputLength)
        guard let code = overlay.code(hash) else { return ReturnCode.codeNotFound }
        guard code.isDeterministic || context.mode == .query else { throw .contracts(.indeterministic) }
        try checkDepth()
        let delegate = Frame(
            session: self, contract: frame.contract, caller: frame.caller, value: frame.value, codeHash: hash,
            input: arguments)
        let result = run(delegate, code: code, entry: "call")
        return try finish(frame, result, flags: flags, output: output, outputLength: outputLength)
    }

    func instantiate(
        _ frame: Frame, codeHash pointer: UInt32, gas: UInt64, value valuePointer: UInt32, input: UInt32,
        inputLength: UInt32, address: UInt32, addressLength: UInt32, output: UInt32, outputLength: UInt32,
        salt: UInt32, saltLength: UInt32
    ) throws(FrameExit) -> UInt32 {
        let hash = try frame.hash(at: pointer)
        let value = try frame.balance(at: valuePointer)
        let arguments = try frame.read(input, inputLength)
        let saltBytes = try frame.read(salt, saltLength)
        try charge(refTime: 2_000 * UInt64(arguments.count) + 2_100 * UInt64(saltBytes.count))
        guard let code = overlay.code(hash) else { return ReturnCode.codeNotFound }
        try checkDepth()
        let (created, result) = instantiateContract(
            deployer: frame.contract, code: code, value: value, input: arguments, salt: saltBytes,
            fuelLimit: fuelLimit(forGas: gas))
        switch result {
        case .failure(.module(ContractsError.palletIndex, let error))
        where error == ContractsError.duplicateContract.rawValue || error == ContractsError.indeterministic.rawValue:
            throw .contracts(ContractsError(rawValue: error) ?? .contractTrapped)
        case .success(let value) where !value.didRevert:
            try frame.writeOutput(created.bytes, to: address, lengthAt: addressLength, allowSkip: true)
        default: break
        }
        return try finish(frame, result, flags: [], output: output, outputLength: outputLength)
    }

    func codeHash(_ frame: Frame, account: UInt32, output: UInt32, length: UInt32) throws(FrameExit) -> UInt32 {
        guard let info = overlay.contract(at: try frame.account(at: account)) else { return ReturnCode.keyNotFound }
        try frame.writeOutput(info.codeHash.bytes, to: output, lengthAt: length)
        return ReturnCode.success
    }

    func setCodeHash(_ frame: Frame, codeHash pointer: UInt32) throws(FrameExit) -> UInt32 {
        let hash = try frame.hash(at: pointer)
        guard let code = overlay.code(hash), code.isDeterministic else { return ReturnCode.codeNotFound }
        overlay.setContract(ContractInfo(codeHash: hash), at: frame.contract)
        return ReturnCode.success
    }
}
