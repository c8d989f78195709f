import SCALE
import Testing

@testable import LightClient

/// Voter sets: the supermajority threshold, the rules a set must follow, and its SCALE form.
@Suite struct AuthoritySetTests {
    static func voters(_ count: Int, weight: UInt64 = 1) -> [AuthoritySet.Voter] {
        (0..<count).map { .init(publicKey: Array(repeating: UInt8($0), count: 32), weight: weight) }
    }

    /// consensus.md §2.1: t = W − floor((W − 1) / 3); n = 4 → 3, 7 → 5, 10 → 7, 100 → 67.
    @Test(arguments: [(1, 1), (2, 2), (3, 3), (4, 3), (7, 5), (10, 7), (100, 67)])
    func theThresholdIsTheConsensusNoteSupermajority(count: Int, threshold: UInt64) throws {
        let set = try AuthoritySet(voters: Self.voters(count), id: 0)
        #expect(set.threshold == threshold)
        #expect(set.threshold == 2 * set.totalWeight / 3 + 1)
    }

    @Test func emptyMalformedOrDuplicatedVotersAreRefused() {
        let bad: [[AuthoritySet.Voter]] = [
            [], [.init(publicKey: [1, 2], weight: 1)], Self.voters(1, weight: 0), Self.voters(1) + Self.voters(1),
            Self.voters(2, weight: .max),
        ]
        for voters in bad {
            #expect(throws: VerificationError.self) { try AuthoritySet(voters: voters, id: 0) }
        }
    }

    @Test func aSetRoundTripsThroughScaleAndAnInvalidOneDoesNotDecode() throws {
        let set = try AuthoritySet(voters: Self.voters(3, weight: 5), id: 9)
        #expect(try AuthoritySet(scaleDecoding: set.scaleEncoded()) == set)
        #expect(throws: ScaleDecodingError.self) {
            try AuthoritySet(scaleDecoding: [0] + Array(repeating: 0, count: 8))
        }
    }
}
