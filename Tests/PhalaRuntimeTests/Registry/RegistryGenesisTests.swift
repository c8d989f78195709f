import Attestation
import Foundation
import MerkleTrie
import PalletRegistry
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import Testing

/// The registry's part of the chain spec: the development spec's software TEE, older specs without it.
@Suite struct RegistryGenesisTests {
    static func state(_ spec: ChainSpec) throws -> Overlay {
        let genesis = try Runtime().genesis(spec)
        var store = InMemoryNodeStore()
        store.insert(genesis.changes)
        return Overlay(base: try Trie(root: genesis.changes.root, store: store))
    }

    @Test func developmentSpecTrustsTheDevelopmentPlatformAndWorkerBuild() throws {
        var state = try Self.state(try ChainSpec.development())
        #expect(try Registry.Storage.softwareTEEEnabled.value(in: &state))
        let key = try SoftwareTEE.development().platformKey.publicKey.bytes
        #expect(try Registry.Storage.softwareTEEPlatformKeys.value(in: &state).map(\.bytes) == [key])
        #expect(
            try Registry.Storage.pruntimeAllowList.value(in: &state)
                == [SoftwareTEE.measurement(of: SoftwareTEE.developmentBuildIdentity)]
        )
        #expect(try Registry.Storage.benchmarkDuration.get(in: &state) == 1)
    }

    @Test func specWithoutRegistrySettingsDecodesWithSoftwareTEEOff() throws {
        var spec = try ChainSpec.development()
        spec.genesis.registry = nil
        let json = String(decoding: try JSONEncoder().encode(spec), as: UTF8.self)
        #expect(!json.contains("registry"))
        let decoded = try JSONDecoder().decode(ChainSpec.self, from: Data(json.utf8))
        var state = try Self.state(decoded)
        #expect(try Registry.Storage.softwareTEEEnabled.value(in: &state) == false)
        #expect(try Registry.Storage.pruntimeAllowList.value(in: &state) == [])
        #expect(try Registry.Storage.benchmarkDuration.get(in: &state) == 8)
    }

    @Test func aSpecWithoutABenchmarkDurationDecodesWithPhalasDefault() throws {
        var spec = try ChainSpec.development()
        spec.genesis.registry?.benchmarkDuration = nil
        let json = String(decoding: try JSONEncoder().encode(spec), as: UTF8.self)
        #expect(!json.contains("benchmarkDuration"))
        let decoded = try JSONDecoder().decode(ChainSpec.self, from: Data(json.utf8))
        #expect(decoded.genesis.registry?.benchmarkDuration == nil)
        var state = try Self.state(decoded)
        #expect(try Registry.Storage.benchmarkDuration.get(in: &state) == Registry.Genesis.defaultBenchmarkDuration)
        #expect(Registry.Genesis.defaultBenchmarkDuration == 8)
    }

    @Test func platformKeyThatIsNotThirtyTwoBytesIsRefused() throws {
        var spec = try ChainSpec.development()
        spec.genesis.registry?.platformKeys = ["0x0102"]
        #expect(throws: GenesisError.self) { try Runtime().genesis(spec) }
    }
}
