public import SCALE

/// A worker's SGX attestation quote as `worker_sgx_quote` would return it (pink-abi.md §5.3).
///
/// This host always answers `None` (see `PinkExtension`); the type exists so the wire format is pinned.
public struct SgxQuote: Sendable, Hashable, ScaleCodable {
    /// How the quote was produced.
    public enum AttestationType: UInt8, Sendable, Hashable, CaseIterable, ScaleByteEnum {
        /// Intel EPID attestation (variant 0).
        case epid = 0
        /// Intel DCAP attestation (variant 1).
        case dcap = 1
    }

    /// How the quote was produced.
    public var attestationType: AttestationType
    /// The raw quote bytes.
    public var quote: [UInt8]

    /// Creates a quote.
    public init(attestationType: AttestationType, quote: [UInt8]) {
        self.attestationType = attestationType
        self.quote = quote
    }

    /// Appends the attestation type, then the quote bytes.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: attestationType, quote)
    }

    /// Reads the attestation type, then the quote bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        attestationType = try decoder.decode()
        quote = try decoder.decode()
    }
}
