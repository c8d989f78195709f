import Crypto

/// The deterministic nonce sequence of RFC 6979 §3.2 with HMAC-SHA256 for secp256k1 (qlen = 256).
///
/// Each call to `next()` gives the next candidate k in [1, n); signing takes the first one that
/// yields nonzero r and s, which is what libsecp256k1's default nonce function produces.
struct Secp256k1Nonce {
    /// The HMAC key K of §3.2.
    private var key: [UInt8]
    /// The HMAC chaining value V of §3.2.
    private var value: [UInt8]
    /// Whether a candidate was already handed out (later calls first run step h.3's update).
    private var started = false

    /// Seeds the sequence from the secret scalar and the digest (steps a–g).
    init(secret: UInt256, digest: [UInt8]) {
        // bits2octets(h1): the digest reduced modulo n, as 32 bytes.
        let material = secret.bigEndianBytes + Secp256k1.digestScalar(digest).bigEndianBytes
        key = [UInt8](repeating: 0x00, count: 32)
        value = [UInt8](repeating: 0x01, count: 32)
        key = Self.mac(key: key, value + [0x00] + material)
        value = Self.mac(key: key, value)
        key = Self.mac(key: key, value + [0x01] + material)
        value = Self.mac(key: key, value)
    }

    /// The next candidate nonce (step h).
    mutating func next() -> UInt256 {
        while true {
            if started {
                key = Self.mac(key: key, value + [0x00])
                value = Self.mac(key: key, value)
            }
            started = true
            value = Self.mac(key: key, value)
            let candidate = UInt256(bigEndian: value)
            if !candidate.isZero, candidate < Secp256k1.order.value { return candidate }
        }
    }

    /// HMAC-SHA256 of `data` under `key`.
    private static func mac(key: [UInt8], _ data: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: data, using: SymmetricKey(data: key)))
    }
}
