import PhalaTesting
import PhalaCrypto
import PhalaPrimitives
import SCALE
import Testing

@testable import LightClient

/// The §2.6 justification rules on real headers with four voters (threshold 3), and the §2.11 vector.
@Suite struct JustificationVerifierTests {
    let chain: DevChain
    let voters: [KeyPair]
    let verifier: JustificationVerifier

    init() throws {
        chain = try DevChain.shared.get()
        voters = try ["Alice", "Bob", "Charlie", "Dave"].map { try KeyPair(uri: "//\($0)", scheme: .ed25519) }
        verifier = JustificationVerifier(
            authorities: try AuthoritySet(voters: voters.map { .init(publicKey: $0.publicKey, weight: 1) }, id: 0)
        )
    }

    /// Verifies a justification of block 10 whose precommits are `votes` (voter index, block number).
    func verify(_ votes: [(Int, Int)], ancestries: [Int] = []) throws(VerificationError) {
        let target = chain.header(10)
        let justification = DevChain.justification(
            of: target,
            signers: votes.map { voters[$0.0] },
            votes: votes.map { chain.header($0.1) },
            ancestries: ancestries.map(chain.header)
        )
        try verifier.verify(justification, finalizes: target.hash, number: 10)
    }

    @Test func threeOfFourVotesOnTheTargetOrItsDescendantsFinalizeIt() throws {
        try verify([(0, 10), (1, 10), (2, 10)])
        try verify([(0, 10), (1, 10), (2, 11)], ancestries: [11])
        try verify([(0, 10), (1, 10), (2, 12)], ancestries: [12, 11])
        try verify([(0, 10), (1, 10), (2, 11), (3, 12)], ancestries: [11, 12])
    }

    @Test func twoVotesOrADuplicatedVoteAreNotEnough() {
        #expect(throws: VerificationError.insufficientWeight(have: 2, need: 3)) { try verify([(0, 10), (1, 10)]) }
        #expect(throws: VerificationError.insufficientWeight(have: 2, need: 3)) {
            try verify([(0, 10), (0, 10), (1, 10)])
        }
    }

    @Test func aPrecommitOffTheTargetsChainIsRefused() {
        let charlie = voters[2].publicKey
        #expect(throws: VerificationError.precommitNotDescendant(voter: charlie, target: chain.header(12).hash)) {
            try verify([(0, 10), (1, 10), (2, 12)], ancestries: [12])
        }
        #expect(throws: VerificationError.precommitNotDescendant(voter: charlie, target: chain.header(9).hash)) {
            try verify([(0, 10), (1, 10), (2, 9)], ancestries: [9])
        }
    }

    @Test func unusedOrRepeatedAncestryHeadersAreRefused() {
        #expect(throws: VerificationError.unusedAncestry(hash: chain.header(11).hash)) {
            try verify([(0, 10), (1, 10), (2, 10)], ancestries: [11])
        }
        #expect(throws: VerificationError.unusedAncestry(hash: chain.header(11).hash)) {
            try verify([(0, 10), (1, 10), (2, 11)], ancestries: [11, 11])
        }
    }

    @Test func aTargetBelowTheBlockTheVotesFinalizeIsRefused() {
        #expect(throws: VerificationError.targetBelowGhost(descendant: chain.header(11).hash)) {
            try verify([(0, 11), (1, 11), (2, 11)], ancestries: [11])
        }
    }

    @Test func oneEquivocationPerVoterCountsForEveryBlockButASecondIsRefused() {
        #expect(throws: Never.self) { try verify([(0, 10), (0, 11), (1, 10), (2, 10)], ancestries: [11]) }
        #expect(throws: VerificationError.repeatedEquivocation(voter: voters[0].publicKey)) {
            try verify([(0, 10), (0, 11), (0, 12), (1, 10), (2, 10)], ancestries: [11, 12])
        }
    }

    /// consensus.md §2.11: the 178-byte justification signed with the RFC 8032 test-1 key (round 3,
    /// set id 1, target 0x11…11 #7), cross-decoded there with scalecodec 1.2.12.
    @Test func theConsensusNoteJustificationVectorVerifiesAgainstItsOneVoterSet() throws {
        let seed = try Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        let key = try Hex.decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        #expect(try Ed25519.KeyPair(seed: seed).publicKey.bytes == key)
        let signature =
            "0ea3af6d8a1ecf03857b56088b7a8310ae79de91db2816ea100c244fb9b2f191c9dca73b3b25cbea5b640ea2a5f9ebb2e3afcb11b145ad7de1fd98acb647c200"
        let target = String(repeating: "11", count: 32)
        let bytes = try Hex.decode(
            "0300000000000000" + target + "07000000" + "04" + target + "07000000" + signature
                + Hex.encode(key).dropFirst(2) + "00"
        )
        #expect(bytes.count == 178)
        let justification = try GrandpaJustification(scaleDecoding: bytes)
        let targetHash = try H256(hex: target)
        let voter = AuthoritySet.Voter(publicKey: key, weight: 1)
        try JustificationVerifier(authorities: try AuthoritySet(voters: [voter], id: 1))
            .verify(justification, finalizes: targetHash, number: 7)
        #expect(throws: VerificationError.wrongAuthoritySetID(voter: key, expected: 0, signedFor: 1)) {
            try JustificationVerifier(authorities: try AuthoritySet(voters: [voter], id: 0))
                .verify(justification, finalizes: targetHash, number: 7)
        }
        #expect(throws: VerificationError.justificationTargetMismatch(expected: .zero, got: targetHash)) {
            try JustificationVerifier(authorities: try AuthoritySet(voters: [voter], id: 1))
                .verify(justification, finalizes: .zero, number: 7)
        }
    }

    /// consensus.md §2.11: the 52-byte FRNK ScheduledChange digest item to the RFC 8032 key, delay 0.
    @Test func theConsensusNoteScheduledChangeVectorDecodesToItsVoter() throws {
        let item = try DigestItem(
            scaleDecoding: try Hex.decode(
                "0446524e4bb80104d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a010000000000000000000000"
            )
        )
        let header = Header(parentHash: .zero, number: 1, stateRoot: .zero, extrinsicsRoot: .zero, digest: [item])
        let logs = try ConsensusLogs(of: header)
        let key = try Hex.decode("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        #expect(logs.grandpaVoters == [AuthoritySet.Voter(publicKey: key, weight: 1)])
        #expect(logs.auraAuthorities == nil)
    }
}
