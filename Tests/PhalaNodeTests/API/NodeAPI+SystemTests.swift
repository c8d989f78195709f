import JSONRPC
import PalletSystem
import PhalaPrimitives
import PhalaRuntime
import Testing

@testable import PhalaNode

@Suite struct NodeAPISystemTests {
    @Test func chainNameTypeNodeNameAndVersionComeFromTheSpecAndTheInitializer() async throws {
        let world = try APIWorld()
        #expect(try await world.call("system_chain") == "Development")
        #expect(try await world.call("system_chainType") == "Development")
        #expect(try await world.call("system_name") == "Phala Swift")
        #expect(try await world.call("system_version") == "0.1.0")
    }

    @Test func propertiesMatchTheSpecAndTheRuntimesSS58Prefix() async throws {
        let world = try APIWorld()
        let properties = try await world.call("system_properties")
        #expect(properties == ["ss58Format": 30, "tokenDecimals": 12, "tokenSymbol": "PHA"])
        #expect(properties["ss58Format"]?.uint64 == UInt64(world.runtime.configuration.system.ss58Prefix))
    }

    @Test func healthReportsASingleNodeThatIsNotSyncing() async throws {
        let world = try APIWorld()
        #expect(try await world.call("system_health") == ["peers": 0, "isSyncing": false, "shouldHavePeers": false])
    }

    @Test func accountNextIndexReadsTheChainNonceAndSkipsPooledTransactions() async throws {
        var world = try APIWorld()
        let alice = try DevKey.alice
        let bob = try DevKey.bob
        let generic = alice.account.ss58
        let phala = try alice.account.ss58(prefix: 30)
        #expect(try await world.call("system_accountNextIndex", [.string(generic)]) == 0)
        #expect(try await world.call("account_nextIndex", [.string(phala)]) == 0)
        #expect(try await world.call("system_accountNextIndex", [.string(alice.account.description)]) == 0)

        for nonce in UInt32(0)..<2 {
            _ = try await world.pool.submit(
                try world.sign(APIWorld.transfer(to: bob, planck: 1_000_000_000_000), by: alice, nonce: nonce)
            )
        }
        #expect(try await world.call("system_accountNextIndex", [.string(generic)]) == 2)
        try await world.produceBlock()
        #expect(await world.pool.count == 0)
        #expect(try await world.call("system_accountNextIndex", [.string(generic)]) == 2)
        #expect(try await world.call("system_accountNextIndex", [.string(bob.account.ss58)]) == 0)
    }

    @Test func accountNextIndexRefusesWhatIsNotAnAccount() async throws {
        let world = try APIWorld()
        for bad: JSONValue in ["nope", "0x1234", 5] {
            let error = await world.error("system_accountNextIndex", [bad])
            #expect(error?.code == RPCError.Code.invalidParams)
        }
        let missing = await world.error("system_accountNextIndex")
        #expect(missing?.code == RPCError.Code.invalidParams)
    }
}
