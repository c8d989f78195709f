import ContractHost
import PhalaPrimitives
import SCALE
import Testing
import WAT

@Suite struct ExecutorSandboxTests {
    private func deploy(_ world: inout ContractWorld, call: String, memory: String = "2 16", extra: String = "") throws
        -> AccountId32
    {
        let code = try world.upload(wat: WatContracts.module(call: call, memory: memory, extra: extra))
        return try #require(world.instantiate(code, input: []).instantiatedAddress)
    }

    @Test func anInfiniteLoopRunsOutOfGasWithinTheLimitAndTheExecutorGoesOn() throws {
        var world = ContractWorld()
        let spinner = try deploy(&world, call: "(loop $forever (br $forever))")
        let limit: UInt64 = 50_000_000_000
        let outcome = world.call(spinner, [], mode: .query, gasLimit: limit)
        #expect(outcome.result == .failure(.contracts(.outOfGas)))
        #expect(outcome.gasConsumed <= limit)
        #expect(outcome.gasConsumed > limit / 2)
        let flipper = try world.upload(wat: WatContracts.flipper)
        #expect(world.instantiate(flipper, input: [UInt8](hex: "9bae9d5e01")).successData == [0, 0])
    }

    @Test func growingMemoryPastTheDeclaredMaximumFailsAndTheContractTraps() throws {
        var world = ContractWorld()
        let grower = try deploy(
            &world, call: "(if (i32.eq (memory.grow (i32.const 100)) (i32.const -1)) (then unreachable))", memory: "2")
        #expect(world.call(grower, [], mode: .query).result == .failure(.contracts(.contractTrapped)))
        let modest = try deploy(&world, call: "(if (i32.eq (memory.grow (i32.const 10)) (i32.const -1)) (then unreachable))", memory: "2")
        #expect(world.call(modest, [], mode: .query).successData == [])
    }

    @Test func unboundedRecursionTrapsWithoutCrashingTheWorker() throws {
        var world = ContractWorld()
        let recursive = try deploy(&world, call: "(call $down)", extra: "(func $down (call $down))")
        #expect(world.call(recursive, [], mode: .query).result == .failure(.contracts(.contractTrapped)))
    }

    @Test func floatingPointIsRefusedForDeterministicCodeAndNeverInstantiated() throws {
        var world = ContractWorld()
        let wasm = try wat2wasm(WatContracts.module(call: "(drop (f64.add (f64.const 1) (f64.const 2)))"))
        #expect(throws: CodeRejection.self) { try world.upload(wasm) }
        let relaxed = try world.upload(wasm, deterministic: false)
        #expect(world.instantiate(relaxed, input: []).result == .failure(.contracts(.indeterministic)))
    }

    @Test func malformedAndNonConformingModulesAreRejectedWithTheReason() throws {
        let world = ContractWorld()
        func reason(_ wasm: [UInt8]) -> String? {
            do {
                _ = try world.executor.validate(wasm)
                return nil
            } catch {
                return error.reason
            }
        }
        #expect(reason([0x00, 0x61, 0x73]).map { $0.contains("not valid WebAssembly") } == true)
        let unknownImport = try wat2wasm(
            WatContracts.module(call: "", extra: #"(import "seal0" "transfer_everything" (func))"#))
        #expect(reason(unknownImport).map { $0.contains("seal0.transfer_everything") } == true)
        let tooMuchMemory = try wat2wasm(WatContracts.module(call: "", memory: "2 65"))
        #expect(reason(tooMuchMemory).map { $0.contains("65 pages") } == true)
        let withStart = try wat2wasm(WatContracts.module(call: "", extra: "(func $s) (start $s)"))
        #expect(reason(withStart).map { $0.contains("start function") } == true)
        let exportsMemory = try wat2wasm(
            #"(module (memory (export "mem") 1) (func (export "deploy")) (func (export "call")))"#)
        #expect(reason(exportsMemory) != nil)
        let wrongSignature = try wat2wasm(
            WatContracts.module(call: "", extra: #"(import "seal0" "input" (func (param i32)))"#))
        #expect(reason(wrongSignature).map { $0.contains("seal0.input with a type") } == true)
        #expect(throws: CodeRejection.self) { try world.executor.validate([UInt8](repeating: 0, count: 2 * 1024 * 1024 + 1)) }
    }

    @Test func aRevertingConstructorLeavesNoContractAndAPanickingOneIsContractTrapped() throws {
        var world = ContractWorld()
        let failing = try world.upload(
            wat: WatContracts.module(
                deploy: "(i32.store16 (i32.const 0) (i32.const 0x0100)) (call $ret (i32.const 1) (i32.const 0) (i32.const 2))",
                call: ""))
        let failed = world.instantiate(failing, input: [])
        #expect(failed.result == .success(ExecReturnValue(flags: 1, data: [0, 1])))
        #expect(failed.instantiatedAddress == nil)
        #expect(world.state.contractAddresses.isEmpty)

        let panicking = try world.upload(wat: WatContracts.module(deploy: "unreachable", call: ""))
        let panicked = world.instantiate(panicking, input: [])
        #expect(panicked.result == .failure(.contracts(.contractTrapped)))
        #expect(ExecutionFailure.contracts(.contractTrapped).scaleEncoded() == [3, 4, 12, 0, 0, 0])
    }

    @Test func returnFlagsOtherThanRevertAreInvalidAndDebugOutputIsCollected() throws {
        var world = ContractWorld()
        let contract = try deploy(
            &world,
            call: #"(drop (call $debug (i32.const 100) (i32.const 5))) (call $ret (i32.const 2) (i32.const 0) (i32.const 0))"#,
            extra: #"(data (i32.const 100) "hello")"#)
        let outcome = world.call(contract, [], mode: .query)
        #expect(outcome.result == .failure(.contracts(.invalidCallFlags)))
        #expect(outcome.debugMessage == "hello")
    }

    @Test func aPointerOutsideMemoryTrapsWithOutOfBounds() throws {
        var world = ContractWorld()
        let contract = try deploy(&world, call: "(drop (call $debug (i32.const 0x7fffffff) (i32.const 16)))")
        #expect(world.call(contract, [], mode: .query).result == .failure(.contracts(.outOfBounds)))
    }
}
