import SCALE

/// One step of a Substrate key derivation path: `//name` (hard) or `/name` (soft), reduced to a chain code.
///
/// Hard junctions give a child that cannot be linked to its parent without the secret; soft junctions
/// (sr25519 only) let anyone holding the parent public key compute the child public key.
public enum DeriveJunction: Sendable, Equatable {
    /// A hardened junction with its 32-byte chain code.
    case hard([UInt8])
    /// A soft junction with its 32-byte chain code.
    case soft([UInt8])

    /// The junction for a path component as written in a secret URI (sp-core `DeriveJunction::from`).
    ///
    /// Text that parses as a `u64` (decimal digits, optionally with a leading `+`) is SCALE-encoded as
    /// that number (8 bytes little-endian); anything else is SCALE-encoded as a string (compact length,
    /// then UTF-8). An encoding longer than 32 bytes is replaced by its blake2_256 hash; a shorter one is
    /// padded with zeros to 32 bytes.
    /// - Parameters:
    ///   - text: the component without its slashes, for example `Alice` or `0`.
    ///   - hard: `true` for `//text`, `false` for `/text`.
    public init(_ text: String, hard: Bool) {
        let encoded = Self.integer(text).map { $0.scaleEncoded() } ?? text.scaleEncoded()
        let chainCode =
            encoded.count > 32
            ? Hashing.blake2_256(encoded) : encoded + [UInt8](repeating: 0, count: 32 - encoded.count)
        self = hard ? .hard(chainCode) : .soft(chainCode)
    }

    /// The 32-byte chain code the key derivation mixes in.
    public var chainCode: [UInt8] {
        switch self {
        case .hard(let code), .soft(let code): code
        }
    }

    /// Whether this is a hard (`//`) junction.
    public var isHard: Bool {
        if case .hard = self { return true }
        return false
    }

    /// The value of `text` as Rust's `str::parse::<u64>` reads it: an optional `+`, then decimal digits
    /// (leading zeros allowed), with no overflow.
    private static func integer(_ text: String) -> UInt64? {
        var digits = Substring(text)
        if digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        for character in digits.utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(character) else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(character - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }
}
