import WasmKit

/// The same contract module run directly on WasmKit, with host functions that do only the minimum:
/// `input` copies the call data, `seal_return` records the output and unwinds, storage is a plain
/// dictionary, `value_transferred` writes zero and `debug_message` is ignored.
///
/// Like the executor it parses once and, per call, creates a store, a memory and an instance, so the
/// difference to the executor is the host's own work (gas charges, overlay, frames, result building).
final class BareContract {
    let engine: Engine
    let module: Module
    let fuelMetering: Bool
    private var storage: [[UInt8]: [UInt8]] = [:]
    private var input: [UInt8] = []
    private var output: [UInt8] = []

    /// Unwinds the guest at `seal_return`, as the executor's frame exit does.
    private struct Returned: Error {}

    /// - Parameters:
    ///   - boundsChecking: `.software` as the executor configures its engine; `nil` for WasmKit's
    ///     default (guard pages through mmap/mprotect on 64-bit hosts).
    init(wasm: [UInt8], fuelMetering: Bool, boundsChecking: EngineConfiguration.MemoryBoundsChecking? = .software) throws {
        engine = Engine(
            configuration: EngineConfiguration(
                stackSize: 512 * 1024, memoryBoundsChecking: boundsChecking, fuelMetering: fuelMetering))
        module = try parseWasm(bytes: wasm)
        self.fuelMetering = fuelMetering
    }

    /// Runs `entry` with `input`; returns the bytes given to `seal_return`.
    func run(_ entry: String, input: [UInt8]) throws -> [UInt8] {
        self.input = input
        output = []
        let store = Store(engine: engine)
        if fuelMetering { store.fuel = Fuel(remaining: 10_000_000_000_000 / 8000) }
        let memory = try Memory(store: store, type: MemoryType(min: 2, max: 16))
        var imports = Imports()
        imports.define(module: "env", name: "memory", memory)
        define(&imports, store: store, memory: memory)
        let instance = try module.instantiate(store: store, imports: imports)
        guard let function = instance.exports[function: entry] else { throw Returned() }
        do {
            _ = try function.invoke([])
        } catch is Returned {}
        return output
    }

    private func define(_ imports: inout Imports, store: Store, memory: Memory) {
        func i32(_ arguments: UnsafeBufferPointer<Value>, _ index: Int) -> Int {
            if case .i32(let value) = arguments[index] { return Int(value) }
            return 0
        }
        func read(_ pointer: Int, _ count: Int) -> [UInt8] {
            memory.withUnsafeBufferPointer(offset: UInt(pointer), count: count) { Array($0) }
        }
        func write(_ bytes: [UInt8], _ pointer: Int) {
            memory.withUnsafeMutableBufferPointer(offset: UInt(pointer), count: bytes.count) { $0.copyBytes(from: bytes) }
        }
        func writeLength(_ value: Int, _ pointer: Int) {
            write((0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }, pointer)
        }
        imports.define(module: "seal0", name: "input", Function(store: store, parameters: [.i32, .i32], raw: {
            [unowned self] _, arguments, _ in
            write(self.input, i32(arguments, 0))
            writeLength(self.input.count, i32(arguments, 1))
        }))
        imports.define(module: "seal0", name: "seal_return", Function(store: store, parameters: [.i32, .i32, .i32], raw: {
            [unowned self] _, arguments, _ in
            self.output = read(i32(arguments, 1), i32(arguments, 2))
            throw Returned()
        }))
        imports.define(module: "seal0", name: "value_transferred", Function(store: store, parameters: [.i32, .i32], raw: {
            _, arguments, _ in
            write([UInt8](repeating: 0, count: 16), i32(arguments, 0))
            writeLength(16, i32(arguments, 1))
        }))
        imports.define(module: "seal0", name: "debug_message", Function(store: store, parameters: [.i32, .i32], results: [.i32], raw: {
            _, _, results in
            results[0] = .i32(0)
        }))
        imports.define(module: "seal1", name: "get_storage", Function(store: store, parameters: [.i32, .i32, .i32, .i32], results: [.i32], raw: {
            [unowned self] _, arguments, results in
            guard let value = self.storage[read(i32(arguments, 0), i32(arguments, 1))] else {
                results[0] = .i32(3)  // KeyNotFound
                return
            }
            write(value, i32(arguments, 2))
            writeLength(value.count, i32(arguments, 3))
            results[0] = .i32(0)
        }))
        imports.define(module: "seal2", name: "set_storage", Function(store: store, parameters: [.i32, .i32, .i32, .i32], results: [.i32], raw: {
            [unowned self] _, arguments, results in
            self.storage[read(i32(arguments, 0), i32(arguments, 1))] = read(i32(arguments, 2), i32(arguments, 3))
            results[0] = .i32(.max)  // no previous value (u32::MAX)
        }))
    }
}
