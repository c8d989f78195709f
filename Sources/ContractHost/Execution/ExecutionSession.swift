import PhalaCrypto
import PhalaPrimitives
import WasmKit

/// One top-level execution: the frame stack, the state overlay and the gas meter, on a WasmKit store
/// lent by the executor.
///
/// The store's host functions act on this session's innermost frame, so nested calls only add an
/// instance. A session is confined to the thread that runs it; `finish()` gives the store back.
final class ExecutionSession {
    let executor: ContractExecutor
    let context: ExecutionContext
    let overlay: StateOverlay
    private let slot: ExecutionSlot
    private var store: Store { slot.store }
    private(set) var frames: [Frame] = []
    private let initialFuel: UInt64
    private(set) var debugBuffer: [UInt8] = []

    init(executor: ContractExecutor, context: ExecutionContext, contractStore: any ContractStore) {
        self.executor = executor
        self.context = context
        self.overlay = StateOverlay(store: contractStore)
        self.slot = executor.takeSlot()
        self.initialFuel = context.gasLimit / GasSchedule.refTimePerFuel
        slot.session = self
        store.fuel = Fuel(remaining: initialFuel)
    }

    /// Gives the store back to the executor; the session runs nothing afterwards.
    func finish() {
        slot.session = nil
        executor.giveBack(slot)
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
        let leased: ReusableInstance
        do {
            let module = try executor.module(for: code)
            leased = try slot.take(code, module: module)
        } catch {
            return .failure(.contracts(.contractTrapped))
        }
        frame.memory = leased.memory
        var trapped = false
        defer { slot.giveBack(leased, of: code, trapped: trapped) }
        do {
            guard let function = leased.instance.exports[function: entry] else {
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
            trapped = true
            return .failure(trap.description.contains("out of fuel") ? .contracts(.outOfGas) : .contracts(.contractTrapped))
        } catch {
            trapped = true
            return .failure(.contracts(.contractTrapped))
        }
    }

    /// The address pink gives a contract: `BLAKE2b-256(deployer ‖ code_hash ‖ cluster_id ‖ salt)` (§6.4).
    func contractAddress(deployer: AccountId32, codeHash: H256, salt: [UInt8]) -> AccountId32 {
        let preimage = deployer.bytes + codeHash.bytes + context.clusterID.bytes + salt
        return AccountId32(digest: Hashing.blake2_256(preimage))
    }
}
