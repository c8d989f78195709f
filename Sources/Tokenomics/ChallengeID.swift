import PhalaPrimitives

/// A 256-bit challenge operand held as four plain words, so the gatekeeper can test every worker
/// against a `HeartbeatChallenge` without hashing or allocating: a worker's id is hashed once, when
/// it registers (phala-facts.md §3.4). Values and ordering are those of `U256`.
struct ChallengeID: Sendable, Hashable {
    /// Bits 192–255.
    let highest: UInt64
    /// Bits 128–191.
    let high: UInt64
    /// Bits 64–127.
    let low: UInt64
    /// Bits 0–63.
    let lowest: UInt64

    /// Copies a `U256`.
    /// - Parameter value: the number.
    init(_ value: U256) {
        highest = value.limbs[3]
        high = value.limbs[2]
        low = value.limbs[1]
        lowest = value.limbs[0]
    }

    /// A worker's hashed id: blake2_256 of its public key, read big-endian (as `U256::from_big_endian`).
    /// - Parameter pubkey: the worker's public key.
    init(hashing pubkey: FixedBytes<32>) {
        self.init(ComputingEconomics.hashedID(of: pubkey))
    }

    /// Whether `self XOR seed ≤ target`: the challenge selects this worker.
    /// - Parameters:
    ///   - seed: the challenge's seed.
    ///   - target: the challenge's online target.
    /// - Returns: true when selected.
    func isSelected(seed: ChallengeID, target: ChallengeID) -> Bool {
        let words = (highest ^ seed.highest, high ^ seed.high, low ^ seed.low, lowest ^ seed.lowest)
        if words.0 != target.highest { return words.0 < target.highest }
        if words.1 != target.high { return words.1 < target.high }
        if words.2 != target.low { return words.2 < target.low }
        return words.3 <= target.lowest
    }
}
