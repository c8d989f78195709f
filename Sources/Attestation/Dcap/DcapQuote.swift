/// A parsed Intel DCAP quote (dcap.md §1): SGX v3, TDX v4, or v5 with a body descriptor. Parsing
/// checks only the structure; `DcapVerifier` checks what the quote claims.
public struct DcapQuote: Sendable, Hashable {
    /// The 48-byte header.
    public var header: QuoteHeader
    /// The v5 body descriptor's type (1 SGX, 2 TD 1.0, 3 TD 1.5); nil for v3/v4.
    public var bodyType: UInt16?
    /// The attested report.
    public var body: QuoteBody
    /// How many leading bytes the quote signature covers: header, v5 descriptor and body.
    public var signedLength: Int
    /// The signature data after the body.
    public var signatureData: QuoteSignatureData

    /// Parses a quote. Bytes after the signature data (TD quote buffers carry zero padding) are ignored.
    /// - Parameter bytes: the raw quote.
    /// - Throws: `.truncatedQuote` when a field runs past the end; `.unsupportedQuoteVersion`,
    ///   `.unsupportedTeeType`, `.unsupportedBodyType` or `.bodySizeMismatch` when the layout is not
    ///   one of dcap.md §1.1.
    public init(bytes: [UInt8]) throws(DcapVerificationError) {
        var reader = QuoteReader(bytes)
        header = try QuoteHeader(reader: &reader)
        switch header.version {
        case 3, 4:
            bodyType = nil
            switch header.teeType {
            case QuoteHeader.teeTypeSGX:
                body = .sgxEnclave(try EnclaveReport(reader: &reader, field: "report"))
            case QuoteHeader.teeTypeTDX:
                body = .tdReport10(try TDReport(reader: &reader, isVersion15: false))
            default:
                throw .unsupportedTeeType(header.teeType)
            }
        case 5:
            let type = try reader.readUInt16(field: "bodyDescriptor.type")
            let size = try reader.readUInt32(field: "bodyDescriptor.size")
            bodyType = type
            let expectedSize: Int
            switch type {
            case 1: expectedSize = EnclaveReport.size
            case 2: expectedSize = TDReport.size10
            case 3: expectedSize = TDReport.size15
            default: throw .unsupportedBodyType(type)
            }
            guard size == expectedSize else { throw .bodySizeMismatch(bodyType: type, size: size) }
            switch type {
            case 1: body = .sgxEnclave(try EnclaveReport(reader: &reader, field: "report"))
            case 2: body = .tdReport10(try TDReport(reader: &reader, isVersion15: false))
            default: body = .tdReport15(try TDReport(reader: &reader, isVersion15: true))
            }
        default:
            throw .unsupportedQuoteVersion(header.version)
        }
        signedLength = reader.offset
        let signatureLength = try reader.readUInt32(field: "signatureDataLength")
        var signatureReader = QuoteReader(try reader.read(Int(clamping: signatureLength), field: "signatureData"))
        signatureData = try QuoteSignatureData(reader: &signatureReader, version: header.version)
    }
}
