public import SCALE

/// The GRANDPA voters the light client trusts to finalize blocks: ed25519 keys with weights, and the
/// set id every precommit signs (consensus.md §2.1).
///
/// SCALE: `Vec<(key[32], weight u64)> ‖ id u64`, the list in the same form as `Grandpa.Authorities`.
public struct AuthoritySet: Sendable, Hashable {
    /// One voter: its ed25519 public key and the weight its precommit carries.
    public struct Voter: Sendable, Hashable {
        /// The 32-byte ed25519 public key (`AuthorityId`).
        public let publicKey: [UInt8]
        /// The vote weight, at least 1.
        public let weight: UInt64

        /// Creates a voter; `AuthoritySet.init` checks the key length and weight.
        public init(publicKey: [UInt8], weight: UInt64) {
            self.publicKey = publicKey
            self.weight = weight
        }
    }

    /// The voters, in the order the chain listed them.
    public let voters: [Voter]
    /// The set id: 0 at genesis, +1 per enacted change.
    public let id: UInt64
    /// The sum of all weights.
    public let totalWeight: UInt64

    /// Checks and wraps a voter set.
    /// - Parameters:
    ///   - voters: at least one voter; keys of 32 bytes, each once; weights above 0.
    ///   - id: the set id.
    /// - Throws: `VerificationError.invalidAuthoritySet` naming the broken rule.
    public init(voters: [Voter], id: UInt64) throws(VerificationError) {
        guard !voters.isEmpty else { throw .invalidAuthoritySet(reason: "the voter list is empty") }
        var seen: Set<[UInt8]> = []
        var total: UInt64 = 0
        for voter in voters {
            guard voter.publicKey.count == 32 else {
                throw .invalidAuthoritySet(reason: "a voter key has \(voter.publicKey.count) bytes, not 32")
            }
            guard voter.weight > 0 else { throw .invalidAuthoritySet(reason: "a voter has weight 0") }
            guard seen.insert(voter.publicKey).inserted else {
                throw .invalidAuthoritySet(reason: "a voter key appears twice")
            }
            let (sum, overflow) = total.addingReportingOverflow(voter.weight)
            guard !overflow else { throw .invalidAuthoritySet(reason: "the total weight overflows u64") }
            total = sum
        }
        self.voters = voters
        self.id = id
        self.totalWeight = total
    }

    /// The weight a justification needs: `W − floor((W − 1) / 3)` (consensus.md §2.1), which equals
    /// `floor(2W / 3) + 1`.
    public var threshold: UInt64 { totalWeight - (totalWeight - 1) / 3 }

    /// The weight of the voter with `publicKey`, or `nil` for a key outside the set.
    /// - Parameter publicKey: an ed25519 public key.
    public func weight(of publicKey: [UInt8]) -> UInt64? {
        voters.first { $0.publicKey == publicKey }?.weight
    }
}

extension AuthoritySet: ScaleCodable {
    /// Appends the voter list and the set id.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(compactLength: voters.count)
        for voter in voters {
            encoder.append(voter.publicKey)
            encoder.encode(voter.weight)
        }
        encoder.encode(id)
    }

    /// Reads a voter list and set id, applying the same checks as `init(voters:id:)`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let voters = try Self.decodeVoters(from: &decoder)
        let id: UInt64 = try decoder.decode()
        do {
            try self.init(voters: voters, id: id)
        } catch {
            throw decoder.error(.invalidValue(reason: error.description))
        }
    }

    /// Reads `Vec<(key[32], weight u64)>`, the GRANDPA `AuthorityList`.
    static func decodeVoters(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) -> [Voter] {
        let count = try decoder.decodeCompactLength()
        var voters: [Voter] = []
        for _ in 0..<count {
            let key = try decoder.readBytes(32)
            voters.append(Voter(publicKey: key, weight: try decoder.decode()))
        }
        return voters
    }
}
