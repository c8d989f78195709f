import ContractHost
import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import Testing

/// pink-abi.md §8.1 test_ink_flip with our C flipper (ink! 4 result bytes, §6.3), run through the real
/// `ContractExecutor` and `PinkExtension`.
@Suite struct FlipperConformanceTests {
    let flipper: BuiltContract

    init() throws {
        flipper = try ContractBuilder.build("flipper")
    }

    /// new(true) at pink's address, get true, a flip in Estimating changes nothing, a flip in a
    /// transaction does; results are MessageResult bytes 00 ‖ SCALE(T).
    @Test func newTrueThenEstimatedAndCommittedFlips() throws {
        var world = ContractWorld(pink: FakeEnvironment())
        let code = try world.upload(flipper)
        let created = world.instantiate(code, input: try flipper.constructor("new") + [1])
        // ink! 4 infallible constructor: 00 00 (§6.3).
        #expect(created.result == .success(ExecReturnValue(flags: 0, data: [0, 0])))
        let address = try #require(created.instantiatedAddress)
        // §6.4: BLAKE2b-256(deployer ‖ code_hash ‖ cluster_id ‖ salt), empty salt, cluster zero.
        let expected = Hashing.blake2_256(ContractWorld.alice.bytes + code.bytes + [UInt8](repeating: 0, count: 32))
        #expect(address.bytes == expected)
        #expect(created.changes.instantiations == [Instantiation(deployer: ContractWorld.alice, address: address)])

        #expect(world.call(address, try flipper.message("get")).successData == [0, 1])
        let before = world.state
        let estimate = world.call(address, try flipper.message("flip"), mode: .estimating)
        #expect(estimate.successData == [0])
        #expect(world.state == before)
        #expect(world.call(address, try flipper.message("get")).successData == [0, 1])

        #expect(world.call(address, try flipper.message("flip")).successData == [0])
        #expect(world.call(address, try flipper.message("get")).successData == [0, 0])
        #expect(world.call(address, try flipper.message("get"), mode: .query).successData == [0, 0])
    }

    /// default() stores false.
    @Test func defaultConstructorStoresFalse() throws {
        var world = ContractWorld(pink: FakeEnvironment())
        let address = try world.deploy(flipper)
        #expect(world.call(address, try flipper.message("get"), mode: .query).successData == [0, 0])
    }

    /// §6.3 / §8.3: an unknown selector on an ink! 4 contract → flags 1 (REVERT), data 01 01, state untouched.
    @Test func unknownSelectorRevertsWithCouldNotReadInput() throws {
        var world = ContractWorld(pink: FakeEnvironment())
        let address = try world.deploy(flipper, "new", arguments: [1])
        let before = world.state
        let outcome = world.call(address, [0xde, 0xad, 0xbe, 0xef])
        #expect(outcome.result == .success(ExecReturnValue(flags: 1, data: [1, 1])))
        #expect(outcome.changes.isEmpty)
        #expect(world.state == before)
        // Undecodable arguments are the same LangError: new(bool) with the byte 2.
        let code = try world.upload(flipper)
        let badArgument = world.instantiate(code, input: try flipper.constructor("new") + [2], salt: [9])
        #expect(badArgument.result == .success(ExecReturnValue(flags: 1, data: [1, 1])))
        #expect(badArgument.instantiatedAddress == nil)
    }

    /// §6.3: value sent to a non-payable message traps (ContractTrapped) with ink!'s panic text.
    @Test func valueSentToANonPayableMessageTraps() throws {
        var world = ContractWorld(pink: FakeEnvironment())
        let address = try world.deploy(flipper, "new", arguments: [1])
        let before = world.state
        let outcome = world.call(address, try flipper.message("flip"), value: Balance(planck: 1))
        #expect(outcome.result == .failure(.contracts(.contractTrapped)))
        #expect(outcome.debugMessage.contains("panicked at"))
        #expect(world.state == before)
        #expect(world.call(address, try flipper.message("get"), mode: .query).successData == [0, 1])
    }
}
