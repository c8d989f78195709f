import PhalaCrypto
import Testing

@testable import WorkerRuntime

@Suite struct GatekeeperKeysSealingTests {
    @Test func aSealedHistoryRestoresForTheSameWorkerOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandomSource(seed: 11)
        let identity = WorkerIdentity(random: &random)
        let stranger = WorkerIdentity(random: &random)
        var keys = GatekeeperKeys(generatingFirstKey: &random)
        let rotation = keys.proposeRotation(
            rotationID: 1,
            gatekeepers: [identity.publicInfo],
            blockNumber: 4,
            signer: identity,
            random: &random
        )
        try keys.applyRotation(rotation, as: identity, gatekeepers: [identity.publicKey], blockHeight: 5)
        let provider = try SoftwareSealingProvider(keyFile: directory.path + "/sealing.key", random: &random)

        let sealed = keys.sealed(with: provider, signedBy: identity)
        let restored = try GatekeeperKeys(unsealing: sealed, with: provider, identity: identity)
        #expect(restored.history.map(\.publicKey) == keys.history.map(\.publicKey))
        #expect(restored.history.map(\.blockHeight) == [0, 5])
        #expect(throws: SealingError.identityMismatch) {
            try GatekeeperKeys(unsealing: sealed, with: provider, identity: stranger)
        }
        var tampered = sealed
        tampered[tampered.count - 20] ^= 1
        #expect(throws: SealingError.tampered) {
            try GatekeeperKeys(unsealing: tampered, with: provider, identity: identity)
        }
    }
}
