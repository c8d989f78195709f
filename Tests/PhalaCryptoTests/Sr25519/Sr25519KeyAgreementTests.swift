import Testing

@testable import PhalaCrypto

@Suite struct Sr25519KeyAgreementTests {
    @Test func bothSidesComputeTheSamePointAndOthersDoNot() throws {
        let alice = try Sr25519.KeyPair(miniSecret: [UInt8](repeating: 1, count: 32))
        let bob = try Sr25519.KeyPair(miniSecret: [UInt8](repeating: 2, count: 32))
        let carol = try Sr25519.KeyPair(miniSecret: [UInt8](repeating: 3, count: 32))
        let shared = alice.sharedSecret(with: bob.publicKey)
        #expect(shared == bob.sharedSecret(with: alice.publicKey))
        #expect(shared != carol.sharedSecret(with: bob.publicKey))
        // a·(b·B) is the point of the product scalar: check against the basepoint multiple directly.
        #expect(shared == RistrettoPoint.basepointMultiple(alice.secret.key * bob.secret.key).compressed)
    }
}
