import PhalaCrypto
import PhalaPrimitives
import WasmKit

/// One top-level execution: the WasmKit store, the frame stack, the state overlay and the gas meter.
///
/// Host functions are created once per session and act on the innermost frame, so nested calls only
/// add an instance and a memory. A session is confined to the thread that runs it.
final class ExecutionSession {
    let executor: ContractExecutor
    let context: ExecutionContext
    let overlay: StateOverlay
    let store: Store
    private(set) var frames: [Frame] = []
    /// The host functions made in this session's store so far, shared by its frames.
    private var hostFunctions: [HostFunction: Function] = [:]
    private let initialFuel: UInt64
    private(set) var debugBuffer: [UInt8] = []

    init(executor: ContractExecutor, context: ExecutionContext, contractStore: any ContractStore) {
        self.executor = executor
        self.context = context
        self.overlay = StateOverlay(store: contractStore)
        self.store = Store(engine: executor.engine)
        self.initialFuel = context.gasLimit / GasSchedule.refTimePerFuel
        store.fuel = Fuel(remaining: initialFuel)
    }

    /// Fuel left for the running frame.
    var remainingFuel: UInt64 { store.fuel?.remaining ?? 0 }

    /// Gas used so far in ref_time units.
    var gasConsumed: UInt64 { (initialFuel - min(initialFuel, remainingFuel)) * GasSchedule.refTimePerFuel }

    /// Charges a host function's weight.
    /// - Throws: `OutOfGas` when the frame cannot pay it.
    func charge(refTime: UInt64) throws(FrameExit) {
        let fuel = GasSchedule.fuel(forRefTime: refTime)
        guard fuel <= remainingFuel else {
            store.fuel = Fuel(remaining: 0)
            throw .contracts(.outOfGas)
        }
        store.fuel = Fuel(remaining: remainingFuel - fuel)
    }

    /// Appends contract debug output, dropping what exceeds the 128 KiB buffer or is not UTF-8.
    func appendDebugMessage(_ bytes: [UInt8]) {
        guard String(validating: bytes, as: UTF8.self) != nil else { return }
        let room = executor.configuration.maximumDebugBufferLength - debugBuffer.count
        debugBuffer += bytes.prefix(max(0, room))
    }

    /// The innermost frame, which every host function acts on.
    func currentFrame() throws(FrameExit) -> Frame {
        guard let frame = frames.last else { throw .contracts(.contractTrapped) }
        return frame
    }

    /// Runs `entry` of `code` as `frame`, inside its own state layer.
    ///
    /// The layer is committed when the frame returns without REVERT and dropped otherwise.
    /// - Parameters:
    ///   - frame: the frame to push.
    ///   - code: the code to run; looked up afresh for every frame, so `set_code_hash` takes effect on the next call.
    ///   - entry: `deploy` for instantiation, `call` otherwise.
    ///   - fuelLimit: the most fuel the frame may use, `nil` for all that remains.
    ///   - prepare: state changes that belong to the frame, made inside its layer before the code runs
    ///     (value transfer, contract creation); returning a failure skips the code.
    func run(
        _ frame: Frame, code: ContractCode, entry: String, fuelLimit: UInt64? = nil,
        prepare: () -> ExecutionFailure? = { nil }
    ) -> Result<ExecReturnValue, ExecutionFailure> {
        overlay.begin()
        let outerFuel = remainingFuel
        let budget = min(outerFuel, fuelLimit ?? outerFuel)
        store.fuel = Fuel(remaining: budget)
        var result: Result<ExecReturnValue, ExecutionFailure>
        if let failure = prepare() {
            result = .failure(failure)
        } else {
            frames.append(frame)
            result = invoke(frame, code: code, entry: entry)
            frames.removeLast()
        }
        let used = budget - min(budget, remainingFuel)
        store.fuel = Fuel(remaining: outerFuel - used)
        if case .success(let value) = result, !value.didRevert {
            overlay.commit()
        } else {
            overlay.rollback()
        }
        return result
    }

    private func invoke(_ frame: Frame, code: ContractCode, entry: String) -> Result<ExecReturnValue, ExecutionFailure> {
        do {
            let module = try executor.module(for: code)
            let memory = try Memory(store: store, type: executor.memoryType(of: module))
            frame.memory = memory
            let imports = imports(of: module, memory: memory)
            let instance = try module.instantiate(store: store, imports: imports)
            guard let function = instance.exports[function: entry] else {
                return .failure(.contracts(.codeRejected))
            }
            _ = try function.invoke([])
            return .success(ExecReturnValue())
        } catch let exit as FrameExit {
            switch exit {
            case .returned(let value): return .success(value)
            case .failed(let failure): return .failure(failure)
            }
        } catch let trap as Trap {
            return .failure(trap.description.contains("out of fuel") ? .contracts(.outOfGas) : .contracts(.contractTrapped))
        } catch {
            return .failure(.contracts(.contractTrapped))
        }
    }

    /// The imports `module` asks for: `env.memory` and the host functions it names. Only those are
    /// defined (a contract imports a handful of the host's functions), and each host function is
    /// made once per session, so a query does not build the whole host table for every frame.
    private func imports(of module: Module, memory: Memory) -> Imports {
        var imports = Imports()
        imports.define(module: "env", name: "memory", memory)
        for entry in module.imports {
            guard case .function = entry.descriptor, let function = HostFunction.importNames[entry.module]?[entry.name] else {
                continue  // validated code imports nothing else; instantiation reports anything that slipped by
            }
            imports.define(module: entry.module, name: entry.name, hostFunction(function))
        }
        return imports
    }

    private func hostFunction(_ function: HostFunction) -> Function {
        if let made = hostFunctions[function] { return made }
        let type = function.type
        let body = Function(store: store, parameters: type.parameters, results: type.results) {
            [unowned self] _, arguments, results in
            let frame = try self.currentFrame()
            try self.charge(refTime: GasSchedule.baseWeight(of: function))
            let result = try self.perform(function, arguments: arguments, frame: frame)
            if let result { results[0] = .i32(result) }
        }
        hostFunctions[function] = body
        return body
    }

    /// The address pink gives a contract: `BLAKE2b-256(deployer ‖ code_hash ‖ cluster_id ‖ salt)` (§6.4).
    func contractAddress(deployer: AccountId32, codeHash: H256, salt: [UInt8]) -> AccountId32 {
        let preimage = deployer.bytes + codeHash.bytes + context.clusterID.bytes + salt
        return AccountId32(digest: Hashing.blake2_256(preimage))
    }
}
