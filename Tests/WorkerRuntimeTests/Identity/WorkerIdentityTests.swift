import PhalaCrypto
import PhalaPrimitives
import SCALE
import Testing

@testable import WorkerRuntime

@Suite struct WorkerIdentityTests {
    @Test func theSameSeedGivesTheSameIdentity() {
        var first = SeededRandomSource(seed: 7)
        var second = SeededRandomSource(seed: 7)
        var other = SeededRandomSource(seed: 8)
        let identity = WorkerIdentity(random: &first)
        #expect(identity.publicKey == WorkerIdentity(random: &second).publicKey)
        #expect(identity.publicKey != WorkerIdentity(random: &other).publicKey)
    }

    @Test func theIdentityIsTheSr25519KeyOfItsSeed() throws {
        // Public key of seed 0x01 × 32 from py-sr25519-bindings 0.2.4 `pair_from_seed`.
        var random = ConstantRandomSource(byte: 1)
        let identity = WorkerIdentity(random: &random)
        #expect(
            Hex.encode(identity.publicKey.bytes) == "0x189dac29296d31814dc8c56cf3d36a0543372bba7538fa322a4aebfebc39e056"
        )
    }

    @Test func theECDHKeyIsTheIdentityKeyAsPhalaDerivesIt() {
        var random = SeededRandomSource(seed: 1)
        let identity = WorkerIdentity(random: &random)
        #expect(identity.publicInfo.ecdhPublicKey == identity.publicKey)
        #expect(identity.publicInfo.identityPublicKey == identity.publicKey)
    }

    @Test func bothSidesAgreeOnTheSharedSecret() {
        var random = SeededRandomSource(seed: 2)
        let alice = WorkerIdentity(random: &random)
        let bob = WorkerIdentity(random: &random)
        let carol = WorkerIdentity(random: &random)
        let aliceSide = alice.sharedSecret(with: bob.publicInfo.ecdhPublicKey).exposedValue
        #expect(aliceSide == bob.sharedSecret(with: alice.publicInfo.ecdhPublicKey).exposedValue)
        #expect(aliceSide.count == 32)
        #expect(aliceSide != carol.sharedSecret(with: bob.publicKey).exposedValue)
    }

    @Test func anIdentityRestoresFromItsSecretBytes() throws {
        var random = SeededRandomSource(seed: 3)
        let identity = WorkerIdentity(random: &random)
        let restored = try WorkerIdentity(secretKeyBytes: identity.secretKeyBytes.exposedValue)
        #expect(restored.publicKey == identity.publicKey)
        #expect(throws: Sr25519.Error.invalidSecretKeyLength(3)) { try WorkerIdentity(secretKeyBytes: [1, 2, 3]) }
    }

    @Test func signaturesCoverTheDomainWrappedBytes() {
        var random = SeededRandomSource(seed: 4)
        let identity = WorkerIdentity(random: &random)
        let signature = identity.sign([1, 2, 3], domain: .rpcResponse)
        #expect(identity.publicKey.verify(signature, for: [0xFF, 1, 1, 2, 3]))
        #expect(!identity.publicKey.verify(signature, for: [1, 2, 3]))
        let message = identity.sign([1, 2, 3], domain: .messageQueueMessage)
        #expect(identity.publicKey.verify(message, for: [1, 2, 3]))
    }

    @Test func printingAnIdentityShowsNoSecret() {
        var random = SeededRandomSource(seed: 5)
        let identity = WorkerIdentity(random: &random)
        let secretHex = Hex.encode(identity.secretKeyBytes.exposedValue.prefix(8)).dropFirst(2)
        var dumped = ""
        dump(identity, to: &dumped)
        for text in ["\(identity)", String(reflecting: identity), dumped, "\(identity.secretKeyBytes)"] {
            #expect(!text.contains(secretHex))
        }
        #expect("\(identity.secretKeyBytes)" == "Secret(<redacted>)")
    }

    @Test func publicInfoRoundTripsThroughSCALE() throws {
        var random = SeededRandomSource(seed: 6)
        let info = WorkerIdentity(random: &random).publicInfo
        let encoded = info.scaleEncoded()
        #expect(encoded.count == 64)
        #expect(try WorkerPublicInfo(scaleDecoding: encoded) == info)
    }
}
