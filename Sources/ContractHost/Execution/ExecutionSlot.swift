import PhalaPrimitives
import WasmKit

/// A WasmKit store kept between executions, with the host functions made in it and idle instances of
/// contract code whose functions are already compiled.
///
/// WasmKit compiles a function the first time an instance calls it and keeps the result in that
/// instance, so a fresh instance for every frame compiled the contract's functions on every call: 90% of
/// a flipper query's time (96 µs, now 7 µs; ContractBenchmarks query). An instance handed out here has its memory and every mutable
/// global exactly as instantiation left them, so a frame cannot tell it from a fresh one (pink-abi.md
/// §2, "Instance lifetime"), and the fuel a call uses is the same either way: compilation costs none.
/// One execution uses a slot at a time; the executor hands slots over under its lock.
///
/// Instances a slot drops stay allocated in its store until the store goes, so a slot retires (the
/// executor does not take it back) after `retirementInstantiations` instantiations or once its
/// instances' memories (with their start images) reach `retirementBytes`.
final class ExecutionSlot: @unchecked Sendable {
    /// Instantiations after which a slot retires.
    static let retirementInstantiations = 64
    /// Bytes of instance memory and start images after which a slot retires: 32 MiB.
    static let retirementBytes = 32 << 20
    /// Idle instances of one code kept in a slot: enough for a contract that calls itself once.
    static let idlePerCode = 2
    /// Idle instances kept in a slot over all codes; past it the slot forgets them all.
    static let idleTotal = 32

    let store: Store
    /// The execution using this slot; the host functions act on its innermost frame.
    weak var session: ExecutionSession?
    private var hostFunctions: [HostFunction: Function] = [:]
    private var idle: [H256: [ReusableInstance]] = [:]
    private var idleCount = 0
    private var instantiations = 0
    private var allocatedBytes = 0

    /// Makes a slot with an empty store on `engine`.
    init(engine: Engine) {
        store = Store(engine: engine)
    }

    /// Whether the slot may go back to the executor's pool.
    var isRetired: Bool {
        instantiations >= Self.retirementInstantiations || allocatedBytes >= Self.retirementBytes
    }

    /// An instance of `code`: an idle one, or a new one made with `imports`.
    /// - Parameters:
    ///   - code: the code to run.
    ///   - module: its module as `ContractExecutor.module(for:)` prepared it.
    /// - Throws: WasmKit's error when instantiation fails.
    func take(_ code: ContractCode, module: PreparedModule) throws -> ReusableInstance {
        if var waiting = idle[code.hash], let instance = waiting.popLast() {
            idle[code.hash] = waiting
            idleCount -= 1
            return instance
        }
        instantiations += 1
        let memory = try Memory(store: store, type: module.memoryType)
        let instance = try module.module.instantiate(store: store, imports: imports(of: module.module, memory: memory))
        allocatedBytes += 2 * memory.byteCount
        return ReusableInstance(instance: instance, memory: memory, globalNames: module.globalNames)
    }

    /// Takes back an instance a frame has finished with, restored for the next frame, unless it cannot be
    /// restored: its memory grew, its module could not be rewritten, or it trapped.
    func giveBack(_ instance: ReusableInstance, of code: ContractCode, trapped: Bool) {
        allocatedBytes += instance.growth
        guard !trapped, instance.restore() else { return }
        if idleCount >= Self.idleTotal {
            idle = [:]
            idleCount = 0
        }
        guard idle[code.hash, default: []].count < Self.idlePerCode else { return }
        idle[code.hash, default: []].append(instance)
        idleCount += 1
    }

    /// The imports `module` asks for: `env.memory` and the host functions it names. Only those are
    /// defined (a contract imports a handful of the host's functions), and each host function is made
    /// once per slot.
    private func imports(of module: Module, memory: Memory) -> Imports {
        var imports = Imports()
        imports.define(module: "env", name: "memory", memory)
        for entry in module.imports {
            guard case .function = entry.descriptor, let function = HostFunction.importNames[entry.module]?[entry.name]
            else {
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
            guard let session = self.session else { throw FrameExit.contracts(.contractTrapped) }
            let frame = try session.currentFrame()
            try session.charge(refTime: GasSchedule.baseWeight(of: function))
            let result = try session.perform(function, arguments: arguments, frame: frame)
            if let result { results[0] = .i32(result) }
        }
        hostFunctions[function] = body
        return body
    }
}

/// A module ready to instantiate: parsed from the code with its mutable globals exported.
struct PreparedModule: @unchecked Sendable {
    /// The parsed module.
    let module: Module
    /// The memory it imports (`ContractExecutor.memoryType(of:)`).
    let memoryType: MemoryType
    /// The export names of its mutable globals, or `nil` when the module could not be rewritten and
    /// its instances are used once.
    let globalNames: [String]?
}

/// An instance with its memory and what it looked like right after instantiation.
struct ReusableInstance {
    let instance: Instance
    let memory: Memory
    /// The memory's bytes after instantiation (data segments applied).
    private let image: [UInt8]
    /// Each mutable global with its value after instantiation; `nil` when they cannot be reached.
    private let globals: [(Global, Value)]?

    /// Wraps a new instance and records its starting memory and globals.
    init(instance: Instance, memory: Memory, globalNames: [String]?) {
        self.instance = instance
        self.memory = memory
        image =
            memory.byteCount == 0
            ? [] : memory.withUnsafeBufferPointer(offset: 0, count: memory.byteCount) { Array($0) }
        globals = globalNames.flatMap { names in
            let found = names.compactMap { instance.exports[global: $0] }
            return found.count == names.count ? found.map { ($0, $0.value) } : nil
        }
    }

    /// How many bytes the memory grew by since instantiation.
    var growth: Int { memory.byteCount - image.count }

    /// Puts memory and globals back as instantiation left them.
    /// - Returns: false when that is impossible: the memory grew, or the globals cannot be reached.
    func restore() -> Bool {
        guard let globals, memory.byteCount == image.count else { return false }
        if !image.isEmpty {
            image.withUnsafeBytes { source in
                memory.withUnsafeMutableBufferPointer(offset: 0, count: image.count) { $0.copyMemory(from: source) }
            }
        }
        for (global, value) in globals {
            do { try global.assign(value) } catch { return false }
        }
        return true
    }
}
