import ContractHost
import PhalaCrypto
import PhalaPrimitives
import Testing

@Suite struct ExecutorFlipTests {
    @Test func flipperStoresFlipsAndReadsItsFlag() throws {
        var world = ContractWorld()
        let code = try world.upload(wat: WatContracts.flipper)
        let created = world.instantiate(code, input: [UInt8](hex: "9bae9d5e01"))
        #expect(created.successData == [0, 0])
        let address = try #require(created.instantiatedAddress)
        // pink-abi.md §6.4: BLAKE2b-256(deployer ‖ code_hash ‖ cluster_id ‖ salt).
        #expect(address.bytes == Hashing.blake2_256(ContractWorld.alice.bytes + code.bytes + [UInt8](repeating: 0, count: 32)))

        #expect(world.call(address, [UInt8](hex: "2f865bd9"), mode: .query).successData == [0, 1])
        #expect(world.call(address, [UInt8](hex: "633aa551"), mode: .estimating).successData == [0])
        #expect(world.call(address, [UInt8](hex: "2f865bd9"), mode: .query).successData == [0, 1])
        #expect(world.call(address, [UInt8](hex: "633aa551")).successData == [0])
        #expect(world.call(address, [UInt8](hex: "2f865bd9"), mode: .query).successData == [0, 0])
    }

    @Test func aQueryNeverChangesState() throws {
        var world = ContractWorld()
        let code = try world.upload(wat: WatContracts.flipper)
        let address = try #require(world.instantiate(code, input: [UInt8](hex: "9bae9d5e01")).instantiatedAddress)
        let before = world.state
        _ = world.call(address, [UInt8](hex: "633aa551"), mode: .query)
        #expect(world.state == before)
    }
}

