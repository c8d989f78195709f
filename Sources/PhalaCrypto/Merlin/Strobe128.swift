/// The STROBE-128 duplex sponge, reduced to the four operations merlin transcripts use.
///
/// This follows STROBE v1.0.2 at the 128-bit security level over Keccak-f[1600] (rate R = 166),
/// with only `meta-AD`, `AD`, `PRF` and `KEY`, as merlin's own `strobe.rs` does; the transport
/// flag and the other operations are left out, so the state machine needs no direction tracking.
/// Every operation is data-independent: no branch or index depends on the bytes absorbed.
struct Strobe128: Sendable {
    /// Bytes of state an operation may touch before the permutation runs (STROBE's R).
    private static let rate = 166

    /// Operation flags from the STROBE specification.
    private enum Flag {
        static let inbound: UInt8 = 1 << 0
        static let application: UInt8 = 1 << 1
        static let cipher: UInt8 = 1 << 2
        static let meta: UInt8 = 1 << 4
    }

    /// The sponge state as 25 little-endian lanes; byte `i` lives in lane `i / 8`.
    private var lanes: [UInt64]
    /// Next byte of the state an operation touches.
    private var position = 0
    /// Where the current operation began, plus one (STROBE's `pos_begin`).
    private var operationStart = 0
    /// Flags of the operation under way, so a continued operation can be checked against them.
    private var currentFlags: UInt8 = 0

    /// Starts a STROBE-128 session and absorbs `protocolLabel` as meta-associated data.
    /// - Parameter protocolLabel: the protocol's name (`"Merlin v1.0"` for merlin).
    init(protocolLabel: some Collection<UInt8>) {
        var initial = [UInt8](repeating: 0, count: 8 * KeccakF1600.laneCount)
        let header: [UInt8] = [1, UInt8(Self.rate + 2), 1, 0, 1, 96] + Array("STROBEv1.0.2".utf8)
        initial.replaceSubrange(0..<header.count, with: header)
        lanes = (0..<KeccakF1600.laneCount).map { lane in
            (0..<8).reduce(UInt64(0)) { word, byte in word | UInt64(initial[lane * 8 + byte]) << (8 * byte) }
        }
        KeccakF1600.permute(&lanes)
        metaAssociatedData(protocolLabel, continuing: false)
    }

    /// Absorbs framing data that describes the messages (labels and lengths).
    /// - Parameters:
    ///   - data: bytes to absorb.
    ///   - continuing: true to extend the previous meta-AD operation instead of starting one.
    mutating func metaAssociatedData(_ data: some Collection<UInt8>, continuing: Bool) {
        beginOperation(flags: Flag.meta | Flag.application, continuing: continuing)
        absorb(data)
    }

    /// Absorbs application data (a transcript message).
    /// - Parameters:
    ///   - data: bytes to absorb.
    ///   - continuing: true to extend the previous AD operation instead of starting one.
    mutating func associatedData(_ data: some Collection<UInt8>, continuing: Bool) {
        beginOperation(flags: Flag.application, continuing: continuing)
        absorb(data)
    }

    /// Squeezes `count` pseudo-random bytes that depend on everything absorbed so far.
    /// - Parameters:
    ///   - count: number of bytes to produce.
    ///   - continuing: true to extend the previous PRF operation instead of starting one.
    /// - Returns: the output bytes.
    mutating func pseudoRandomBytes(count: Int, continuing: Bool) -> [UInt8] {
        beginOperation(flags: Flag.inbound | Flag.application | Flag.cipher, continuing: continuing)
        var output = [UInt8](repeating: 0, count: count)
        for index in 0..<count {
            output[index] = byte(at: position)
            setByte(0, at: position)
            advance()
        }
        return output
    }

    /// Replaces the state with key material, so later output depends on it and earlier state
    /// cannot be recovered from later state.
    /// - Parameters:
    ///   - key: the key bytes.
    ///   - continuing: true to extend the previous KEY operation instead of starting one.
    mutating func rekey(_ key: some Collection<UInt8>, continuing: Bool) {
        beginOperation(flags: Flag.application | Flag.cipher, continuing: continuing)
        for value in key {
            setByte(value, at: position)
            advance()
        }
    }

    private mutating func absorb(_ data: some Collection<UInt8>) {
        for value in data {
            xorByte(value, at: position)
            advance()
        }
    }

    private mutating func advance() {
        position += 1
        if position == Self.rate {
            runPermutation()
        }
    }

    private func byte(at index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: lanes[index >> 3] >> ((index & 7) << 3))
    }

    private mutating func setByte(_ value: UInt8, at index: Int) {
        let shift = UInt64((index & 7) << 3)
        lanes[index >> 3] = (lanes[index >> 3] & ~(0xFF << shift)) | (UInt64(value) << shift)
    }

    private mutating func xorByte(_ value: UInt8, at index: Int) {
        lanes[index >> 3] ^= UInt64(value) << ((index & 7) << 3)
    }

    /// STROBE's `run_f`: pads the block with the operation start and the domain bits, permutes.
    private mutating func runPermutation() {
        xorByte(UInt8(operationStart), at: position)
        xorByte(0x04, at: position + 1)
        xorByte(0x80, at: Self.rate + 1)
        KeccakF1600.permute(&lanes)
        position = 0
        operationStart = 0
    }

    private mutating func beginOperation(flags: UInt8, continuing: Bool) {
        if continuing {
            precondition(currentFlags == flags, "a continued STROBE operation must keep its flags")
            return
        }
        let previousStart = operationStart
        operationStart = position + 1
        currentFlags = flags
        absorb([UInt8(previousStart), flags])
        if flags & Flag.cipher != 0 && position != 0 {
            runPermutation()
        }
    }
}
