import ContractHost
import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import Testing

/// pink-abi.md §8.1 test_ink_cross_contract_instantiate with our C cross and flipper: a constructor that
/// instantiates another contract (seal1.instantiate) and messages that call it (seal1.call).
@Suite struct CrossContractConformanceTests {
    let flipper: BuiltContract
    let cross: BuiltContract

    init() throws {
        flipper = try ContractBuilder.build("flipper")
        cross = try ContractBuilder.build("cross")
    }

    /// cross.new(flipper hash), paid, instantiates flipper at BLAKE2b-256(cross ‖ flipper hash ‖ cluster ‖ 00);
    /// side effects list the inner instantiation first: [(cross, flipper), (origin, cross)].
    @Test func crossInstantiatesFlipperAtPinksAddressAndRecordsBothInPinksOrder() throws {
        var world = ContractWorld(pink: FakeEnvironment())
        let flipperCode = try world.upload(flipper)
        let crossCode = try world.upload(cross)
        let cluster = [UInt8](repeating: 0, count: 32)
        let created = world.instantiate(
            crossCode,
            input: try cross.constructor("new") + flipperCode.bytes,
            value: .pha(10)
        )
        #expect(created.successData == [0, 0], "\(created.result) \(created.debugMessage)")
        let crossAddress = try #require(created.instantiatedAddress)
        #expect(crossAddress.bytes == Hashing.blake2_256(ContractWorld.alice.bytes + crossCode.bytes + cluster))
        let flipperAddress = try AccountId32(
            bytes: Hashing.blake2_256(crossAddress.bytes + flipperCode.bytes + cluster + [0])
        )
        #expect(
            created.changes.instantiations == [
                Instantiation(deployer: crossAddress, address: flipperAddress),
                Instantiation(deployer: ContractWorld.alice, address: crossAddress),
            ]
        )
        #expect(world.state.contractAddresses.contains(flipperAddress))
        #expect(world.state.balance(of: crossAddress) == .pha(10))
        #expect(
            world.call(crossAddress, try cross.message("other"), mode: .query).successData == [0] + flipperAddress.bytes
        )
    }

    /// call_other reads flipper.get through seal1.call; flip_other in a transaction changes the callee.
    @Test func callOtherSeesTheFlipThatFlipOtherCommitted() throws {
        var world = ContractWorld(pink: FakeEnvironment())
        let flipperCode = try world.upload(flipper)
        let crossAddress = try world.deploy(cross, "new", arguments: flipperCode.bytes)
        #expect(world.call(crossAddress, try cross.message("call_other"), mode: .query).successData == [0, 1])
        #expect(world.call(crossAddress, try cross.message("call_other")).successData == [0, 1])
        // A query's flip through the callee is thrown away with the query.
        #expect(world.call(crossAddress, try cross.message("flip_other"), mode: .query).successData == [0])
        #expect(world.call(crossAddress, try cross.message("call_other"), mode: .query).successData == [0, 1])
        #expect(world.call(crossAddress, try cross.message("flip_other")).successData == [0])
        #expect(world.call(crossAddress, try cross.message("call_other"), mode: .query).successData == [0, 0])
        let otherBytes = try #require(world.call(crossAddress, try cross.message("other"), mode: .query).successData)
        let other = try AccountId32(bytes: otherBytes.dropFirst())
        #expect(world.call(other, try flipper.message("get"), mode: .query).successData == [0, 0])
    }
}
