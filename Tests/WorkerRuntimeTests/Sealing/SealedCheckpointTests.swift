import PhalaCrypto
import Testing

@testable import WorkerRuntime

@Suite struct SealedCheckpointTests {
    @Test func aCheckpointUnsealsForItsOwnIdentityOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandomSource(seed: 9)
        let owner = WorkerIdentity(random: &random)
        let stranger = WorkerIdentity(random: &random)
        let provider = try SoftwareSealingProvider(keyFile: directory.path + "/sealing.key", random: &random)
        let checkpoint = SealedCheckpoint(blockNumber: 1234, identity: owner.publicKey, payload: [5, 6, 7])
        let sealed = checkpoint.sealed(with: provider)
        #expect(
            try SealedCheckpoint(unsealing: sealed, with: provider, expectedIdentity: owner.publicKey) == checkpoint
        )
        #expect(throws: SealingError.identityMismatch) {
            try SealedCheckpoint(unsealing: sealed, with: provider, expectedIdentity: stranger.publicKey)
        }
        // Bytes sealed for another purpose are not a checkpoint, even under the same key.
        #expect(throws: SealingError.tampered) {
            try SealedCheckpoint(
                unsealing: provider.seal([1], associatedData: []),
                with: provider,
                expectedIdentity: owner.publicKey
            )
        }
        let other = try SoftwareSealingProvider(keyFile: directory.path + "/other.key", random: &random)
        #expect(throws: SealingError.wrongKey) {
            try SealedCheckpoint(unsealing: sealed, with: other, expectedIdentity: owner.publicKey)
        }
    }

    @Test func anUnknownFormatVersionIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandomSource(seed: 10)
        let owner = WorkerIdentity(random: &random)
        let provider = try SoftwareSealingProvider(keyFile: directory.path + "/sealing.key", random: &random)
        let plaintext: [UInt8] = [2, 0, 0, 0, 0] + owner.publicKey.bytes + [0]
        let sealed = provider.seal(plaintext, associatedData: SealedCheckpoint.associatedData)
        #expect(throws: SealingError.malformedContent("format version 2, expected 1")) {
            try SealedCheckpoint(unsealing: sealed, with: provider, expectedIdentity: owner.publicKey)
        }
    }
}
