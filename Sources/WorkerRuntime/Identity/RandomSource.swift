import PhalaPrimitives

/// Where the runtime gets fresh key material (identity keys, master keys, sealing keys).
///
/// Injected so tests can use a seeded source and get the same keys every run; production code uses
/// `SystemRandomSource`.
public protocol RandomSource {
    /// Returns `count` fresh random bytes.
    /// - Parameter count: how many bytes to produce.
    /// - Returns: exactly `count` bytes.
    mutating func bytes(count: Int) -> [UInt8]
}

/// The operating system's cryptographically secure generator (`getrandom` on Linux,
/// `arc4random_buf` on Darwin, through `SystemRandomNumberGenerator`).
public struct SystemRandomSource: RandomSource, Sendable {
    /// Makes a source backed by the system generator.
    public init() {}

    /// Returns `count` bytes from the system generator.
    /// - Parameter count: how many bytes to produce.
    /// - Returns: exactly `count` bytes.
    public mutating func bytes(count: Int) -> [UInt8] {
        SecureRandom.bytes(count: count)
    }
}
