/// The 48-byte header every DCAP quote (v3, v4, v5) starts with (dcap.md §1.2): which quote format,
/// key type and TEE it is, and which quoting enclave produced it.
public struct QuoteHeader: Sendable, Hashable {
    /// The size of the header in bytes.
    public static let size = 48
    /// TEE type of an SGX enclave quote.
    public static let teeTypeSGX: UInt32 = 0x0000_0000
    /// TEE type of a TDX trust-domain quote.
    public static let teeTypeTDX: UInt32 = 0x0000_0081
    /// Attestation key type ECDSA-256 with P-256, the only one accepted.
    public static let attestationKeyTypeP256: UInt16 = 2
    /// Intel's quoting-enclave vendor ID `939A7233F79C4CA9940A0DB3957F0607`.
    public static let intelQeVendorID: [UInt8] = [
        0x93, 0x9A, 0x72, 0x33, 0xF7, 0x9C, 0x4C, 0xA9, 0x94, 0x0A, 0x0D, 0xB3, 0x95, 0x7F, 0x06, 0x07,
    ]

    /// Quote format version: 3, 4 or 5.
    public var version: UInt16
    /// Attestation key type (2 = ECDSA P-256).
    public var attestationKeyType: UInt16
    /// TEE type: `teeTypeSGX` or `teeTypeTDX`.
    public var teeType: UInt32
    /// Security version of the quoting enclave (reserved, zero, in TDX quotes).
    public var qeSvn: UInt16
    /// Security version of the provisioning certification enclave (not used for TCB matching).
    public var pceSvn: UInt16
    /// The 16-byte vendor ID of the quoting enclave.
    public var qeVendorID: [UInt8]
    /// 20 bytes of user data; the first 16 are the platform's QE ID.
    public var userData: [UInt8]

    /// Reads the header from the start of a quote.
    /// - Throws: `.truncatedQuote` when the quote is shorter than 48 bytes.
    init(reader: inout QuoteReader) throws(DcapVerificationError) {
        version = try reader.readUInt16(field: "header.version")
        attestationKeyType = try reader.readUInt16(field: "header.attestationKeyType")
        teeType = try reader.readUInt32(field: "header.teeType")
        qeSvn = try reader.readUInt16(field: "header.qeSvn")
        pceSvn = try reader.readUInt16(field: "header.pceSvn")
        qeVendorID = try reader.read(16, field: "header.qeVendorID")
        userData = try reader.read(20, field: "header.userData")
    }

    /// Whether the quote is from an SGX enclave.
    public var isSGX: Bool { teeType == Self.teeTypeSGX }
    /// Whether the quote is from a TDX trust domain.
    public var isTDX: Bool { teeType == Self.teeTypeTDX }
}
