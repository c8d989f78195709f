public import PhalaPrimitives
import Synchronization
import WasmKit

/// Runs Phat Contracts: validates code, then instantiates and calls contracts on WasmKit with the
/// pallet-contracts v1.5 host functions and a chain extension (pink-abi.md).
///
/// One executor serves a worker: it holds the WasmKit engine (with fuel metering), the parsed modules,
/// cached per code hash, and idle stores whose instances keep their compiled functions
/// (`ExecutionSlot`). Every frame gets an instance whose memory and globals are as instantiation left
/// them; contract state lives only in the `ContractStore` it reads and the `StateChanges` it returns.
/// Executions on different threads may run at the same time.
public final class ContractExecutor: Sendable {
    /// Limits of the executor; every key has pink's value as its default.
    public struct Configuration: Sendable {
        /// Code checks at upload: size and memory limits (default 2 MiB, 64 pages).
        public var validator: CodeValidator
        /// Nested frames allowed below the top-level one (default 5, pink's `CallStack`).
        public var maximumCallDepth: Int
        /// Bytes of `debug_message` output kept per execution (default 128 KiB).
        public var maximumDebugBufferLength: Int
        /// The interpreter's value stack in bytes (default 512 KiB); deep recursion traps beyond it.
        public var stackSize: Int

        /// Creates a configuration with pink's limits.
        public init(
            validator: CodeValidator = CodeValidator(), maximumCallDepth: Int = 5,
            maximumDebugBufferLength: Int = 128 * 1024, stackSize: Int = 512 * 1024
        ) {
            self.validator = validator
            self.maximumCallDepth = maximumCallDepth
            self.maximumDebugBufferLength = maximumDebugBufferLength
            self.stackSize = stackSize
        }
    }

    /// The limits this executor applies.
    public let configuration: Configuration
    /// The extension behind `seal0.call_chain_extension` (pink's, in a worker).
    public let chainExtension: any ChainExtension
    let engine: Engine
    private let modules = Mutex<[H256: PreparedModule]>([:])
    /// Stores with compiled instances, waiting for the next execution (see `ExecutionSlot`).
    private let idleSlots = Mutex<[ExecutionSlot]>([])
    /// How many idle slots are kept: one per thread that runs executions at the same time is enough.
    private static let maximumIdleSlots = 4

    /// Creates an executor.
    /// - Parameters:
    ///   - configuration: limits; pink's by default.
    ///   - chainExtension: the extension contracts reach through `call_chain_extension`.
    public init(configuration: Configuration = Configuration(), chainExtension: any ChainExtension) {
        self.configuration = configuration
        self.chainExtension = chainExtension
        // Software bounds checks: every call makes a fresh memory, and WasmKit's default guard-page
        // memories map, protect and unmap a 4 GiB reservation each time, which takes the process-wide
        // mmap lock, so concurrent queries waited on each other (ContractBenchmarks query, 2 threads).
        self.engine = Engine(
            configuration: EngineConfiguration(
                stackSize: configuration.stackSize, memoryBoundsChecking: .software, fuelMetering: true))
    }

    /// Checks uploaded code; see `CodeValidator.validate(_:deterministic:)`.
    /// - Throws: `CodeRejection` naming the broken rule.
    public func validate(_ wasm: [UInt8], deterministic: Bool = true) throws(CodeRejection) -> ContractCode {
        try configuration.validator.validate(wasm, deterministic: deterministic)
    }

    /// Instantiates a contract from uploaded code, as the origin of `context`.
    /// - Parameters:
    ///   - codeHash: code present in `store`.
    ///   - input: constructor selector ‖ SCALE arguments.
    ///   - salt: distinguishes several instances of the same code by the same deployer.
    ///   - value: balance moved from the origin to the new contract.
    ///   - context: mode, origin, block, cluster and gas limit.
    ///   - store: the cluster's committed state.
    /// - Returns: the outcome; `instantiatedAddress` is set when the constructor succeeded.
    public func instantiate(
        codeHash: H256, input: [UInt8], salt: [UInt8] = [], value: Balance = .zero, context: ExecutionContext,
        store: any ContractStore
    ) -> ExecutionOutcome {
        let session = ExecutionSession(executor: self, context: context, contractStore: store)
        guard let code = store.code(codeHash) else {
            defer { session.finish() }
            return outcome(of: session, result: .failure(.contracts(.codeNotFound)))
        }
        let (address, result) = session.instantiateContract(
            deployer: context.origin, code: code, value: value, input: input, salt: salt)
        defer { session.finish() }
        return outcome(of: session, result: result, address: address)
    }

    /// Calls a contract's `call` export, as the origin of `context`.
    /// - Parameters:
    ///   - contract: the contract's address.
    ///   - input: message selector ‖ SCALE arguments.
    ///   - value: balance moved from the origin to the contract.
    ///   - context: mode, origin, block, cluster and gas limit.
    ///   - store: the cluster's committed state.
    /// - Returns: the outcome, whose `changes` the owner applies for a transaction.
    public func call(
        contract: AccountId32, input: [UInt8], value: Balance = .zero, context: ExecutionContext, store: any ContractStore
    ) -> ExecutionOutcome {
        let session = ExecutionSession(executor: self, context: context, contractStore: store)
        let result = session.callContract(caller: context.origin, callee: contract, value: value, input: input)
        defer { session.finish() }
        return outcome(of: session, result: result)
    }

    private func outcome(
        of session: ExecutionSession, result: Result<ExecReturnValue, ExecutionFailure>, address: AccountId32? = nil
    ) -> ExecutionOutcome {
        let succeeded = (try? result.get()).map { !$0.didRevert } ?? false
        return ExecutionOutcome(
            result: result, instantiatedAddress: succeeded ? address : nil, gasConsumed: session.gasConsumed,
            debugMessage: String(decoding: session.debugBuffer, as: UTF8.self),
            changes: succeeded ? session.overlay.changes : StateChanges())
    }

    /// The module for `code` with its mutable globals exported (`MutableGlobalExports`), from the cache
    /// or parsed now.
    func module(for code: ContractCode) throws -> PreparedModule {
        if let cached = modules.withLock({ $0[code.hash] }) { return cached }
        let rewritten = MutableGlobalExports.rewrite(code.wasm)
        let module = try parseWasm(bytes: rewritten?.wasm ?? code.wasm)
        let prepared = PreparedModule(module: module, memoryType: memoryType(of: module), globalNames: rewritten?.names)
        modules.withLock { $0[code.hash] = prepared }
        return prepared
    }

    /// A store for one execution: an idle one with its compiled instances, or a new one.
    func takeSlot() -> ExecutionSlot {
        idleSlots.withLock { $0.popLast() } ?? ExecutionSlot(engine: engine)
    }

    /// Takes back a store after an execution, unless it is retired or enough are idle.
    func giveBack(_ slot: ExecutionSlot) {
        guard !slot.isRetired else { return }
        idleSlots.withLock { slots in
            if slots.count < Self.maximumIdleSlots { slots.append(slot) }
        }
    }

    /// The memory a module asks for: its declared limits, with the schedule limit as the maximum
    /// when it declares none. Read once per module and kept in its `PreparedModule`.
    func memoryType(of module: Module) -> MemoryType {
        for entry in module.imports {
            if case .memory(let type) = entry.descriptor {
                return MemoryType(min: type.min, max: type.max ?? configuration.validator.maximumMemoryPages)
            }
        }
        return MemoryType(min: 0, max: 0)
    }
}
