import Foundation
import MerkleTrie
import PalletAura
import PalletBalances
import PalletGrandpa
import PalletSudo
import PalletSystem
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

@Suite struct GenesisTests {
    @Test func theDevelopmentSpecEndowsTheDevAccountsAndNamesAliceAuthority() throws {
        let spec = try ChainSpec.development()
        #expect(spec.name == "Development")
        #expect(spec.properties == ChainSpec.Properties(ss58Format: 30, tokenDecimals: 12, tokenSymbol: "PHA"))
        // The seven dev accounts and the treasury; the subsidy pool comes from the computation settings.
        #expect(spec.genesis.balances.count == 8)
        let runtime = Runtime()
        let genesis = try runtime.genesis(spec)
        #expect(genesis.header.number == 0 && genesis.header.parentHash == .zero)
        #expect(genesis.header.extrinsicsRoot.bytes == Trie.emptyRoot)
        var store = InMemoryNodeStore()
        store.insert(genesis.changes)
        var state = Overlay(base: try Trie(root: genesis.changes.root, store: store))
        for account in DevAccount.allCases {
            let info = try System.Storage.account.value(account.id, in: &state)
            #expect(info.data.free == .pha(1_000_000) && info.providers == 1, "\(account)")
        }
        #expect(try Balances.Storage.totalIssuance.value(in: &state) == .pha(17_000_001))
        #expect(try Sudo<RuntimeCall>.Storage.key.get(in: &state) == DevAccount.alice.id)
        #expect(try Aura.Storage.authorities.value(in: &state) == [DevAccount.alice.id.raw])
        #expect(
            try Grandpa.Storage.authorities.value(in: &state) == [Grandpa.Authority(id: DevAccount.aliceEd25519.id.raw)]
        )
        #expect(
            try System.Storage.lastRuntimeUpgrade.get(in: &state) == .init(specVersion: 100, specName: "phala-swift")
        )
        #expect(try state.value(forKey: System.Storage.events.prefix) == nil)
    }

    @Test func theSpecRoundTripsThroughJSONAndBuildsTheSameGenesis() throws {
        let spec = try ChainSpec.development()
        let json = try JSONEncoder().encode(spec)
        let decoded = try JSONDecoder().decode(ChainSpec.self, from: json)
        #expect(decoded == spec)
        let runtime = Runtime()
        #expect(try runtime.genesis(decoded).header.hash == runtime.genesis(spec).header.hash)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains("\"1000000 PHA\""))
    }

    @Test func aSpecWithABadAddressOrATooSmallEndowmentIsRefused() throws {
        var spec = try ChainSpec.development()
        spec.genesis.balances.append(.init(account: "not an address", amount: "1 PHA"))
        #expect(throws: GenesisError.self) { try Runtime().genesis(spec) }
        spec = try ChainSpec.development()
        spec.genesis.balances[0].amount = "1 planck"
        #expect(throws: GenesisError.self) { try Runtime().genesis(spec) }
        spec = try ChainSpec.development()
        spec.properties.ss58Format = 42
        #expect(throws: GenesisError.self) { try Runtime().genesis(spec) }
    }
}
