/// An SGX enclave report (384 bytes, dcap.md §1.4): the body of an SGX quote and the layout of the
/// quoting enclave's own report inside every quote's signature data.
public struct EnclaveReport: Sendable, Hashable {
    /// The size of an enclave report in bytes.
    public static let size = 384

    /// The raw CPU security version at report time (not used for TCB matching).
    public var cpuSvn: [UInt8]
    /// MISCSELECT, little-endian in the report.
    public var miscSelect: UInt32
    /// The 16 ATTRIBUTES bytes: byte 0 holds the flags (bit 1 = DEBUG), bytes 8..<16 the XFRM.
    public var attributes: [UInt8]
    /// MRENCLAVE: the enclave's measurement.
    public var mrEnclave: [UInt8]
    /// MRSIGNER: the hash of the enclave signer's key.
    public var mrSigner: [UInt8]
    /// ISVPRODID: the enclave's product ID.
    public var isvProdID: UInt16
    /// ISVSVN: the enclave's security version.
    public var isvSvn: UInt16
    /// REPORTDATA: 64 bytes chosen by the enclave.
    public var reportData: [UInt8]

    /// Reads one enclave report at the reader's position; `field` prefixes error field names.
    /// - Throws: `.truncatedQuote` when fewer than 384 bytes are left.
    init(reader: inout QuoteReader, field: String) throws(DcapVerificationError) {
        cpuSvn = try reader.read(16, field: field + ".cpuSvn")
        miscSelect = try reader.readUInt32(field: field + ".miscSelect")
        _ = try reader.read(28, field: field + ".reserved1")
        attributes = try reader.read(16, field: field + ".attributes")
        mrEnclave = try reader.read(32, field: field + ".mrEnclave")
        _ = try reader.read(32, field: field + ".reserved2")
        mrSigner = try reader.read(32, field: field + ".mrSigner")
        _ = try reader.read(96, field: field + ".reserved3")
        isvProdID = try reader.readUInt16(field: field + ".isvProdID")
        isvSvn = try reader.readUInt16(field: field + ".isvSvn")
        _ = try reader.read(60, field: field + ".reserved4")
        reportData = try reader.read(64, field: field + ".reportData")
    }

    /// Whether the enclave runs in debug mode (ATTRIBUTES byte 0, bit 1), so its memory is readable.
    public var isDebug: Bool { (attributes.first ?? 0) & 0x02 != 0 }
}
