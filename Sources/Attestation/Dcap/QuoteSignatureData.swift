/// The signature data that follows a quote's body (dcap.md §1.6, §1.7): the quote signature and the
/// attestation key, the quoting enclave's report signed by the PCK key, the data binding the key to
/// that report, and the certification data (normally the PEM PCK chain).
public struct QuoteSignatureData: Sendable, Hashable {
    /// Certification data type 5: a PEM PCK certificate chain.
    public static let pckChainType: UInt16 = 5

    /// The quote signature r‖s (64 bytes) by the attestation key over the signed region.
    public var quoteSignature: [UInt8]
    /// The attestation public key x‖y (64 bytes, P-256).
    public var attestationKey: [UInt8]
    /// The quoting enclave's report, parsed.
    public var qeReport: EnclaveReport
    /// The 384 bytes of the quoting enclave's report exactly as signed.
    public var qeReportBytes: [UInt8]
    /// The QE report signature r‖s (64 bytes) by the PCK leaf key.
    public var qeReportSignature: [UInt8]
    /// The QE authentication data hashed with the attestation key into the QE report (32 bytes in
    /// every real quote).
    public var qeAuthData: [UInt8]
    /// v4/v5 only: the type of the element wrapping the QE material (6 in every real quote; like
    /// dcap-qvl, the wrapper is read whatever its type says). Nil for v3.
    public var qeCertificationDataType: UInt16?
    /// The certification data type (5 = PEM PCK chain).
    public var certificationDataType: UInt16
    /// The certification data (for type 5: the PEM chain, leaf first, usually NUL-terminated).
    public var certificationData: [UInt8]

    /// Reads the signature data of a quote with the given `version` (3 = SGX layout, 4/5 = wrapped in
    /// a type-6 certification data element).
    /// - Throws: `.truncatedQuote` when a field runs past the end.
    init(reader: inout QuoteReader, version: UInt16) throws(DcapVerificationError) {
        let signature = try reader.read(64, field: "signature.quoteSignature")
        let key = try reader.read(64, field: "signature.attestationKey")
        if version == 3 {
            try self.init(qeMaterial: &reader, quoteSignature: signature, attestationKey: key, wrapperType: nil)
            return
        }
        let outerType = try reader.readUInt16(field: "signature.outerCertificationType")
        let outerLength = try reader.readUInt32(field: "signature.outerCertificationLength")
        var outer = QuoteReader(try reader.read(Int(clamping: outerLength), field: "signature.outerCertificationData"))
        try self.init(qeMaterial: &outer, quoteSignature: signature, attestationKey: key, wrapperType: outerType)
    }

    /// Reads the QE report, its signature, the QE auth data and the certification data.
    private init(
        qeMaterial reader: inout QuoteReader,
        quoteSignature: [UInt8],
        attestationKey: [UInt8],
        wrapperType: UInt16?
    ) throws(DcapVerificationError) {
        self.quoteSignature = quoteSignature
        self.attestationKey = attestationKey
        qeCertificationDataType = wrapperType
        let reportStart = reader.offset
        qeReport = try EnclaveReport(reader: &reader, field: "signature.qeReport")
        qeReportBytes = Array(reader.bytes[reportStart..<reader.offset])
        qeReportSignature = try reader.read(64, field: "signature.qeReportSignature")
        let authLength = try reader.readUInt16(field: "signature.qeAuthDataLength")
        qeAuthData = try reader.read(Int(authLength), field: "signature.qeAuthData")
        certificationDataType = try reader.readUInt16(field: "signature.certificationDataType")
        let length = try reader.readUInt32(field: "signature.certificationDataLength")
        certificationData = try reader.read(Int(clamping: length), field: "signature.certificationData")
    }
}
