import PhalaCrypto
import PhalaPrimitives
import Testing

@testable import WorkerRuntime

@Suite struct PersistentRuntimeDataTests {
    @Test func theIdentitySurvivesARestartOnTheSameChainOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandomSource(seed: 12)
        let identity = WorkerIdentity(random: &random)
        let provider = try SoftwareSealingProvider(keyFile: directory.path + "/sealing.key", random: &random)
        let genesis = H256(FixedBytes(repeating: 0xAB))
        let data = PersistentRuntimeData(
            genesisBlockHash: genesis,
            paraID: 0,
            identity: identity,
            trustedKey: true,
            devMode: false
        )
        let sealed = data.sealed(with: provider)

        let restored = try PersistentRuntimeData(
            unsealing: sealed,
            with: provider,
            genesisBlockHash: genesis,
            paraID: 0
        )
        #expect(restored.identity.publicKey == identity.publicKey)
        #expect(restored.trustedKey && !restored.devMode)
        #expect(throws: SealingError.otherChain) {
            try PersistentRuntimeData(unsealing: sealed, with: provider, genesisBlockHash: .zero, paraID: 0)
        }
        #expect(throws: SealingError.otherChain) {
            try PersistentRuntimeData(unsealing: sealed, with: provider, genesisBlockHash: genesis, paraID: 2000)
        }
    }
}
