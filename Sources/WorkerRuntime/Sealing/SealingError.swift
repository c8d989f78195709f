/// Why sealed data could not be read, or a sealing key could not be set up.
public enum SealingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sealed bytes are shorter than the fixed header and tag.
    case truncated(length: Int, minimum: Int)
    /// The first byte names a sealed layout this build does not know.
    case unsupportedVersion(UInt8)
    /// The bytes were sealed under another sealing key (another machine or a regenerated key file).
    case wrongKey
    /// Authentication failed: the sealed bytes or the associated data were altered.
    case tampered
    /// A sealed checkpoint belongs to another worker identity.
    case identityMismatch
    /// Sealed runtime data belongs to another chain (genesis hash or para id differ).
    case otherChain
    /// The unsealed bytes are not a valid checkpoint or master key history; the reason says why.
    case malformedContent(String)
    /// The sealing key file could not be created or read; the reason names the path and the OS error.
    case keyFile(String)

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .truncated(let length, let minimum):
            "sealed data has \(length) bytes but needs at least \(minimum): the file was cut short; "
                + "restore it or start from an empty state"
        case .unsupportedVersion(let version):
            "sealed data has layout version \(version), which this build cannot read: use the build that wrote it"
        case .wrongKey:
            "the data was sealed under another sealing key: it comes from another machine or the key file was "
                + "replaced; it cannot be recovered here"
        case .tampered:
            "sealed data failed authentication: it or its context was altered; discard it"
        case .identityMismatch:
            "the sealed checkpoint belongs to another worker identity: use that worker's data directory"
        case .otherChain:
            "the sealed runtime data was made for another chain (genesis hash or para id differ): "
                + "point the worker at that chain, or use a fresh data directory for this one"
        case .malformedContent(let reason):
            "the unsealed data is malformed (\(reason)): discard it and resync from the chain"
        case .keyFile(let reason):
            "the sealing key file is unusable: \(reason)"
        }
    }
}
