import ContractHost
import PhalaCrypto
import PhalaPrimitives
import Testing

@Suite struct ExecutorNestingTests {
    private func proxyInput(_ callee: AccountId32, flags: UInt32 = 0, _ payload: [UInt8]) -> [UInt8] {
        callee.bytes + [UInt8(flags & 0xff), 0, 0, 0] + payload
    }

    private func deploy(_ world: inout ContractWorld, _ wat: String, salt: [UInt8] = []) throws -> AccountId32 {
        let code = try world.upload(wat: wat)
        return try #require(world.instantiate(code, input: [], salt: salt).instantiatedAddress)
    }

    @Test func aCalleeThatRevertsOrTrapsLeavesNoWritesBehind() throws {
        var world = ContractWorld()
        let proxy = try deploy(&world, WatContracts.proxy)
        let writer = try deploy(&world, WatContracts.writer)

        #expect(world.call(proxy, proxyInput(writer, [5])).successData == [0, 0, 0, 0])
        #expect(world.call(writer, [], mode: .query).successData == [5])
        // REVERT: return code 2 with the callee's output, and its write undone.
        #expect(world.call(proxy, proxyInput(writer, [0xff])).successData == [2, 0, 0, 0, 0xff])
        #expect(world.call(writer, [], mode: .query).successData == [5])
        // Trap: return code 1 (CalleeTrapped), no output, write undone.
        #expect(world.call(proxy, proxyInput(writer, [0xfe])).successData == [1, 0, 0, 0])
        #expect(world.call(writer, [], mode: .query).successData == [5])
    }

    @Test func callingAnAccountThatIsNoContractReturnsNotCallable() throws {
        var world = ContractWorld()
        let proxy = try deploy(&world, WatContracts.proxy)
        #expect(world.call(proxy, proxyInput(ContractWorld.bob, [])).successData == [8, 0, 0, 0])
    }

    @Test func reenteringWithoutAllowReentryTrapsTheCaller() throws {
        var world = ContractWorld()
        let proxy = try deploy(&world, WatContracts.proxy)
        let writer = try deploy(&world, WatContracts.writer)
        let outcome = world.call(proxy, proxyInput(proxy, proxyInput(writer, [])))
        #expect(outcome.result == .failure(.contracts(.reentranceDenied)))
        // With ALLOW_REENTRY the proxy may call itself.
        let allowed = world.call(proxy, proxyInput(proxy, flags: 8, proxyInput(writer, [])))
        #expect(allowed.successData == [0, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func theSixthNestedFrameTrapsItsCaller() throws {
        var world = ContractWorld()
        let proxy = try deploy(&world, WatContracts.proxy)
        let writer = try deploy(&world, WatContracts.writer)
        var payload = proxyInput(writer, [])
        for _ in 0..<6 { payload = proxyInput(proxy, flags: 8, payload) }
        // Frames 1–5 are proxies; the fifth nested proxy (frame 6) exceeds the depth when it calls,
        // so frame 6 traps and frame 5 sees CalleeTrapped.
        let outcome = world.call(proxy, payload)
        #expect(outcome.successData == [0, 0, 0, 0] + [0, 0, 0, 0] + [0, 0, 0, 0] + [0, 0, 0, 0] + [1, 0, 0, 0])
    }

    @Test func aContractInstantiatesAnotherAtPinksAddress() throws {
        var world = ContractWorld()
        let factory = try deploy(&world, WatContracts.factory)
        let flipper = try world.upload(wat: WatContracts.flipper)
        let outcome = world.call(factory, flipper.bytes + [0x00] + [UInt8](hex: "9bae9d5e01"))
        let data = try #require(outcome.successData)
        let expected = AccountId32(try FixedBytes(Hashing.blake2_256(factory.bytes + flipper.bytes + [UInt8](repeating: 0, count: 32) + [0])))
        #expect(Array(data.prefix(4)) == [0, 0, 0, 0])
        #expect(Array(data[4..<36]) == expected.bytes)
        #expect(Array(data.suffix(2)) == [0, 0])
        #expect(outcome.changes.instantiations.map(\.address) == [expected])
        #expect(world.call(expected, [UInt8](hex: "2f865bd9"), mode: .query).successData == [0, 1])
        // The same salt again: DuplicateContract traps the factory.
        #expect(world.call(factory, flipper.bytes + [0x00] + [UInt8](hex: "9bae9d5e01")).result == .failure(.contracts(.duplicateContract)))
    }
}
