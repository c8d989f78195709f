import PhalaTesting
import MerkleTrie
import PhalaPrimitives
import Testing

@testable import LightClient

/// Storage changes checked against the state roots of verified blocks, with the runtime's own changes
/// and read proofs from the real state trie.
@Suite struct VerifiedChainStorageTests {
    let chain: DevChain
    let client: VerifiedChain

    init() throws {
        chain = try DevChain.shared.get()
        var client = try chain.verifiedChain()
        try client.syncHeaders(chain.headers(1...10), justification: chain.justification(of: chain.header(10)))
        self.client = client
    }

    /// Block `number`'s storage changes with a proof of their keys at `provenAt`.
    func changesWithProof(_ number: Int, provenAt: Int? = nil) throws -> ([(key: [UInt8], value: [UInt8]?)], [[UInt8]])
    {
        let changes = chain.storageChanges[number - 1]
        return (changes, try chain.state(provenAt ?? number).generateProof(keys: changes.map(\.key)))
    }

    @Test func everyBlockOfTheBatchProvesTheChangesTheRuntimeMade() throws {
        for number in 1...10 {
            let (changes, proof) = try changesWithProof(number)
            #expect(!changes.isEmpty)
            try client.verifyStorageChanges(at: chain.header(number).hash, changes: changes, proof: proof)
        }
    }

    @Test func aClaimedValueTheStateDoesNotHoldIsRefused() throws {
        var (changes, proof) = try changesWithProof(3)
        let index = try #require(changes.firstIndex { $0.value != nil })
        changes[index].value = (changes[index].value ?? []) + [0]
        #expect(throws: VerificationError.storageProofMismatch(key: changes[index].key)) {
            try client.verifyStorageChanges(at: chain.header(3).hash, changes: changes, proof: proof)
        }
    }

    @Test func aProofFromAnotherBlockOrAnUnverifiedBlockIsRefused() throws {
        let (changes, proof) = try changesWithProof(3, provenAt: 2)
        #expect {
            try client.verifyStorageChanges(at: chain.header(3).hash, changes: changes, proof: proof)
        } throws: { error in
            guard case .invalidStorageProof = error as? VerificationError else { return false }
            return true
        }
        let (later, laterProof) = try changesWithProof(11)
        #expect(throws: VerificationError.unknownBlock(hash: chain.header(11).hash)) {
            try client.verifyStorageChanges(at: chain.header(11).hash, changes: later, proof: laterProof)
        }
    }
}
