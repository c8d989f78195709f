/// A merlin transcript: a running, domain-separated hash of a protocol's messages that produces
/// its challenges (Fiat–Shamir), as schnorrkel uses it for sr25519 signatures and key derivation.
///
/// This is merlin 1.0's protocol ("Merlin v1.0" over STROBE-128): each message is framed as
/// `meta-AD(label ‖ LE32(length))` then `AD(message)`, each challenge as
/// `meta-AD(label ‖ LE32(count))` then `PRF(count)`. Labels are static strings, as in merlin,
/// where they are `&'static [u8]`. A transcript is a value: copying it forks the protocol state.
struct Transcript: Sendable {
    private var strobe: Strobe128

    /// Starts a transcript for the protocol named `label`.
    /// - Parameter label: the application's domain-separation label (merlin's `Transcript::new`).
    init(label: StaticString) {
        strobe = Strobe128(protocolLabel: Array("Merlin v1.0".utf8))
        label.withUTF8Buffer { appendMessage(label: "dom-sep", message: $0) }
    }

    /// Appends a labelled message (merlin's `append_message`).
    /// - Parameters:
    ///   - label: what the message is, fixed by the protocol.
    ///   - message: the bytes; at most `UInt32.max` of them, which the 4-byte length frame can say.
    mutating func appendMessage(label: StaticString, message: some Collection<UInt8>) {
        label.withUTF8Buffer { strobe.metaAssociatedData($0, continuing: false) }
        strobe.metaAssociatedData(Self.lengthFrame(message.count), continuing: true)
        strobe.associatedData(message, continuing: false)
    }

    /// Produces `count` challenge bytes bound to everything appended so far (merlin's
    /// `challenge_bytes`); the challenge itself becomes part of the state.
    /// - Parameters:
    ///   - label: what the challenge is for, fixed by the protocol.
    ///   - count: how many bytes to produce.
    /// - Returns: the challenge bytes.
    mutating func challengeBytes(label: StaticString, count: Int) -> [UInt8] {
        label.withUTF8Buffer { strobe.metaAssociatedData($0, continuing: false) }
        strobe.metaAssociatedData(Self.lengthFrame(count), continuing: true)
        return strobe.pseudoRandomBytes(count: count, continuing: false)
    }

    /// Produces secret bytes bound to the public transcript, to prover secrets and to external
    /// randomness, without changing this transcript (merlin's transcript RNG, as schnorrkel's
    /// `witness_bytes` drives it).
    ///
    /// The steps are merlin's `build_rng()`, then `rekey_with_witness_bytes(label, witness)` for
    /// each witness, then `finalize` with `randomness` (`meta-AD("rng")`, `KEY(randomness)`), then
    /// one `fill_bytes` of `count` bytes (`meta-AD(LE32(count))`, `PRF(count)`).
    /// - Parameters:
    ///   - label: the label every witness is keyed under.
    ///   - witnesses: the prover's secrets, keyed in order.
    ///   - randomness: 32 fresh random bytes (merlin draws them from the caller's RNG).
    ///   - count: how many bytes to produce.
    /// - Returns: the witness bytes.
    func witnessBytes(
        label: StaticString,
        witnesses: [[UInt8]],
        randomness: [UInt8],
        count: Int
    ) -> [UInt8] {
        var forked = strobe
        for witness in witnesses {
            label.withUTF8Buffer { forked.metaAssociatedData($0, continuing: false) }
            forked.metaAssociatedData(Self.lengthFrame(witness.count), continuing: true)
            forked.rekey(witness, continuing: false)
        }
        forked.metaAssociatedData(Array("rng".utf8), continuing: false)
        forked.rekey(randomness, continuing: false)
        forked.metaAssociatedData(Self.lengthFrame(count), continuing: false)
        return forked.pseudoRandomBytes(count: count, continuing: false)
    }

    /// Merlin's length frame: the count as a little-endian 32-bit integer.
    private static func lengthFrame(_ count: Int) -> [UInt8] {
        precondition(count >= 0 && count <= Int(UInt32.max), "merlin frames lengths as 32 bits")
        let value = UInt32(count)
        return [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8),
                UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 24)]
    }
}
