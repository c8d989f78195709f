import ContractHost
import PhalaPrimitives
import SCALE
import Testing

/// PinkExtension behind the executor's `seal0.call_chain_extension`, driven by a WAT contract.
@Suite struct PinkExtensionExecutorTests {
    /// Input = function id (u32 LE) ‖ argument bytes: calls the extension and returns status (u32 LE) ‖ output.
    static let relay = """
        (module
          (import "seal0" "seal_return" (func $ret (param i32 i32 i32)))
          (import "seal0" "input" (func $input (param i32 i32)))
          (import "seal0" "call_chain_extension" (func $ext (param i32 i32 i32 i32 i32) (result i32)))
          (import "env" "memory" (memory 2 16))
          (func (export "deploy"))
          (func (export "call")
            (i32.store (i32.const 8) (i32.const 16384))
            (call $input (i32.const 1024) (i32.const 8))
            (i32.store (i32.const 12) (i32.const 16384))
            (i32.store (i32.const 20000)
              (call $ext (i32.load (i32.const 1024)) (i32.const 1028) (i32.sub (i32.load (i32.const 8)) (i32.const 4))
                (i32.const 20004) (i32.const 12)))
            (call $ret (i32.const 0) (i32.const 20000) (i32.add (i32.const 4) (i32.load (i32.const 12))))))
        """

    let environment = FakeEnvironment()

    func world() throws -> (ContractWorld, AccountId32) {
        var world = ContractWorld(chainExtension: PinkExtension(environment: environment))
        let code = try world.upload(wat: Self.relay)
        let address = try #require(world.instantiate(code, input: []).instantiatedAddress)
        environment.cache.setQuota(1024, for: address)
        return (world, address)
    }

    func input(_ function: PinkFunction, _ arguments: [UInt8] = []) -> [UInt8] {
        UInt32(function.rawValue).scaleEncoded() + arguments
    }

    /// pink-abi.md §8.3: runtime_version → status 0, output 01000000 02000000.
    @Test func runtimeVersionReachesTheContract() throws {
        var (world, address) = try world()
        let outcome = world.call(address, input(.runtimeVersion), mode: .query)
        #expect(outcome.successData == [0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0])
    }

    /// pink-abi.md §5.4: a transaction's cache_set becomes the frame's pink event; a query writes the cache.
    @Test func cacheSetIsAnEventInATransactionAndAWriteInAQuery() throws {
        var (world, address) = try world()
        var encoder = ScaleEncoder()
        encoder.encode(tuple: Array("key".utf8), Array("value".utf8))
        let transaction = world.call(address, input(.cacheSet, encoder.bytes), mode: .transaction)
        #expect(transaction.successData == [0, 0, 0, 0])
        let event = ContractEvent(contract: address, topics: [PinkEvent.topic], data: [0x05, 0x00] + encoder.bytes)
        #expect(transaction.changes.events == [event])
        #expect(environment.cache.value(forKey: Array("key".utf8), of: address) == nil)
        let query = world.call(address, input(.cacheSet, encoder.bytes), mode: .query)
        #expect(query.successData == [0, 0, 0, 0])
        #expect(environment.cache.value(forKey: Array("key".utf8), of: address) == Array("value".utf8))
    }

    /// pink-abi.md §8.3 test_for_errors: an unknown function ends the whole execution with Module{5,[1,0,0,0]}.
    @Test func unknownFunctionAbortsTheExecution() throws {
        var (world, address) = try world()
        let outcome = world.call(address, UInt32(0xFFFF).scaleEncoded(), mode: .query)
        #expect(outcome.result == .failure(.pink(.unknownChainExtensionFunction)))
    }
}
