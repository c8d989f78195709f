/// Fresh random bytes from the system's cryptographically secure generator (`getrandom` on Linux,
/// `arc4random_buf` on Darwin), for contract query nonces, ephemeral keys and AES-GCM IVs, and behind
/// the worker's `SystemRandomSource`.
public enum SecureRandom {
    /// Returns `count` fresh random bytes.
    /// - Parameter count: how many bytes to produce.
    /// - Returns: exactly `count` bytes.
    public static func bytes(count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        var result: [UInt8] = []
        result.reserveCapacity(count + 7)
        while result.count < count {
            let word = generator.next()
            for shift in stride(from: 0, to: 64, by: 8) { result.append(UInt8(truncatingIfNeeded: word >> shift)) }
        }
        return Array(result.prefix(count))
    }
}
