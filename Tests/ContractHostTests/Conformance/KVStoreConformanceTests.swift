import ContractHost
import PhalaPrimitives
import PhalaTesting
import Testing

/// Our C kvstore through the executor: seal0.caller separates the callers' entries (per-caller storage keys).
@Suite struct KVStoreConformanceTests {
    /// A sets k = v; B reading k gets None, A gets Some(v); B's own write does not touch A's entry.
    @Test func entriesArePrivateToTheAccountThatWroteThem() throws {
        let kvstore = try ContractBuilder.build("kvstore")
        var world = ContractWorld(pink: FakeEnvironment())
        let address = try world.deploy(kvstore)
        let key = Array("k".utf8)
        let value = Array("v".utf8)
        #expect(
            world.call(address, try kvstore.message("set", key, value), origin: ContractWorld.alice).successData == [0]
        )

        let get = try kvstore.message("get", key)
        #expect(world.call(address, get, mode: .query, origin: ContractWorld.bob).successData == [0, 0])
        // 00 Ok ‖ 01 Some ‖ compact(1) ‖ "v"
        #expect(world.call(address, get, mode: .query, origin: ContractWorld.alice).successData == [0, 1, 4] + value)

        let other = Array("w".utf8)
        #expect(
            world.call(address, try kvstore.message("set", key, other), origin: ContractWorld.bob).successData == [0]
        )
        #expect(world.call(address, get, mode: .query, origin: ContractWorld.bob).successData == [0, 1, 4] + other)
        #expect(world.call(address, get, mode: .query, origin: ContractWorld.alice).successData == [0, 1, 4] + value)
    }
}
