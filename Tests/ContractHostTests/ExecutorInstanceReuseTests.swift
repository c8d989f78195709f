import ContractHost
import PhalaPrimitives
import Testing
import WAT

@testable import ContractHost

/// The executor keeps instances with their compiled functions between frames (`ExecutionSlot`); these
/// tests pin that a frame still cannot tell a reused instance from a fresh one.
@Suite struct ExecutorInstanceReuseTests {
    /// `call` answers [its mutable global, memory[300], memory.size in pages], then changes all three
    /// before it returns: input 1 also grows memory, input 2 traps after the changes, input 3 returns
    /// through seal_return without restoring the global.
    static func witness(memory: String = "2 16") -> String {
        """
        (module
          (import "seal0" "seal_return" (func $ret (param i32 i32 i32)))
          (import "seal0" "input" (func $input (param i32 i32)))
          (import "env" "memory" (memory \(memory)))
          (global $count (mut i32) (i32.const 7))
          (global $fixed i32 (i32.const 9))
          (data (i32.const 300) "\\05")
          (func (export "deploy"))
          (func (export "call")
            (i32.store (i32.const 8) (i32.const 16))
            (call $input (i32.const 16) (i32.const 8))
            (i32.store8 (i32.const 100) (global.get $count))
            (i32.store8 (i32.const 101) (i32.load8_u (i32.const 300)))
            (i32.store8 (i32.const 102) (memory.size))
            (global.set $count (i32.add (global.get $count) (global.get $fixed)))
            (i32.store8 (i32.const 300) (i32.const 0xaa))
            (if (i32.eq (i32.load8_u (i32.const 16)) (i32.const 1)) (then (drop (memory.grow (i32.const 1)))))
            (if (i32.eq (i32.load8_u (i32.const 16)) (i32.const 2)) (then unreachable))
            (call $ret (i32.const 0) (i32.const 100) (i32.const 3))))
        """
    }

    @Test(arguments: [ExecutionMode.query, .transaction])
    func everyFrameSeesTheGlobalsAndMemoryOfAFreshInstance(mode: ExecutionMode) throws {
        var world = ContractWorld()
        let code = try world.upload(wat: Self.witness())
        let witness = try #require(world.instantiate(code, input: []).instantiatedAddress)
        var answers: [[UInt8]?] = []
        for input: UInt8 in [0, 0, 1, 0, 2, 0, 3, 0] {
            answers.append(world.call(witness, [input], mode: mode).successData)
        }
        #expect(answers == [[7, 5, 2], [7, 5, 2], [7, 5, 2], [7, 5, 2], nil, [7, 5, 2], [7, 5, 2], [7, 5, 2]])
    }

    @Test func aWarmInstanceUsesExactlyTheGasOfAFreshOne() throws {
        var warm = ContractWorld()
        let code = try warm.upload(wat: WatContracts.flipper)
        let flipper = try #require(warm.instantiate(code, input: [UInt8](hex: "9bae9d5e01")).instantiatedAddress)
        let first = warm.call(flipper, [UInt8](hex: "633aa551"), mode: .query)
        let second = warm.call(flipper, [UInt8](hex: "633aa551"), mode: .query)
        var cold = ContractWorld()
        _ = try cold.upload(wat: WatContracts.flipper)
        _ = cold.instantiate(code, input: [UInt8](hex: "9bae9d5e01"))
        let fresh = cold.call(flipper, [UInt8](hex: "633aa551"), mode: .query)
        #expect(first.gasConsumed > 0)
        #expect(first.gasConsumed == second.gasConsumed)
        #expect(first.gasConsumed == fresh.gasConsumed)
    }

    @Test func aContractCallingItselfGetsASecondInstance() throws {
        var world = ContractWorld()
        let proxy = try world.upload(wat: WatContracts.proxy)
        let outer = try #require(world.instantiate(proxy, input: []).instantiatedAddress)
        let inner = try #require(world.instantiate(proxy, input: [], salt: [1]).instantiatedAddress)
        let code = try world.upload(wat: Self.witness())
        let witness = try #require(world.instantiate(code, input: []).instantiatedAddress)
        // outer → inner → witness: two frames of the proxy's code at once, then the witness.
        let innerInput = witness.bytes + [0, 0, 0, 0] + [0]
        let input = inner.bytes + [0, 0, 0, 0] + innerInput
        for _ in 0..<3 {
            let answer = try #require(world.call(outer, input, mode: .query).successData)
            #expect(answer == [0, 0, 0, 0] + [0, 0, 0, 0] + [7, 5, 2])
        }
    }

    @Test func aSlotRetiresAfterSixtyFourInstantiationsOrThirtyTwoMebibytesOfMemory() throws {
        let executor = ContractExecutor(chainExtension: RefusingExtension())
        for (pages, instantiations) in [(2, 64), (64, 4)] {
            let wasm = try wat2wasm(Self.witness(memory: "\(pages) 64"))
            let code = try executor.validate(wasm)
            let module = try executor.module(for: code)
            let slot = ExecutionSlot(engine: executor.engine)
            for made in 1...instantiations {
                #expect(!slot.isRetired, "retired after \(made - 1) instantiations of \(pages) pages")
                let instance = try slot.take(code, module: module)
                slot.giveBack(instance, of: code, trapped: true)
            }
            #expect(slot.isRetired)
        }
    }

    @Test func mutableGlobalsAreExportedUnderReservedNamesAndTheRestIsUntouched() throws {
        let wasm = try wat2wasm(Self.witness())
        let rewritten = try #require(MutableGlobalExports.rewrite(wasm))
        #expect(rewritten.names == ["phala.global.0"])
        #expect(rewritten.wasm.count == wasm.count + 1 + "phala.global.0".utf8.count + 2)
        let flipper = try wat2wasm(WatContracts.flipper)
        #expect(MutableGlobalExports.rewrite(flipper)?.wasm == flipper)
        #expect(MutableGlobalExports.rewrite(Array(wasm.dropLast(3))) == nil)
    }
}
