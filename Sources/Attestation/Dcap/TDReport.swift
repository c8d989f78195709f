/// A TDX trust-domain report (dcap.md §1.5): TD report 1.0 (584 bytes) or 1.5 (648 bytes, which adds
/// `teeTcbSvn2` and `mrServiceTD`).
public struct TDReport: Sendable, Hashable {
    /// The size of a TD report 1.0 in bytes.
    public static let size10 = 584
    /// The size of a TD report 1.5 in bytes.
    public static let size15 = 648

    /// TEE_TCB_SVN: byte 0 = TDX module ISVSVN, byte 1 = module major version; matched against the
    /// TCB info's `tdxtcbcomponents`.
    public var teeTcbSvn: [UInt8]
    /// MRSEAM: measurement of the TDX module.
    public var mrSeam: [UInt8]
    /// MRSIGNERSEAM: signer of the TDX module (zero for Intel's modules).
    public var mrSignerSeam: [UInt8]
    /// SEAMATTRIBUTES (8 bytes).
    public var seamAttributes: [UInt8]
    /// TDATTRIBUTES (8 bytes): byte 0 bit 0 = DEBUG, byte 3 bit 4 = SEPT_VE_DISABLE.
    public var tdAttributes: [UInt8]
    /// XFAM (8 bytes).
    public var xfam: [UInt8]
    /// MRTD: the initial measurement of the trust domain.
    public var mrTD: [UInt8]
    /// MRCONFIGID (48 bytes).
    public var mrConfigID: [UInt8]
    /// MROWNER (48 bytes).
    public var mrOwner: [UInt8]
    /// MROWNERCONFIG (48 bytes).
    public var mrOwnerConfig: [UInt8]
    /// RTMR0 ... RTMR3, the runtime-extendable measurement registers (4 × 48 bytes).
    public var rtmrs: [[UInt8]]
    /// REPORTDATA: 64 bytes chosen by the trust domain.
    public var reportData: [UInt8]
    /// TEE_TCB_SVN2 (TD report 1.5 only; ignored by verification).
    public var teeTcbSvn2: [UInt8]?
    /// MRSERVICETD (TD report 1.5 only): must be zero unless service TDs are allowed.
    public var mrServiceTD: [UInt8]?

    /// Reads a TD report at the reader's position; `isVersion15` adds the 1.5 fields.
    /// - Throws: `.truncatedQuote` when the quote ends inside the report.
    init(reader: inout QuoteReader, isVersion15: Bool) throws(DcapVerificationError) {
        teeTcbSvn = try reader.read(16, field: "report.teeTcbSvn")
        mrSeam = try reader.read(48, field: "report.mrSeam")
        mrSignerSeam = try reader.read(48, field: "report.mrSignerSeam")
        seamAttributes = try reader.read(8, field: "report.seamAttributes")
        tdAttributes = try reader.read(8, field: "report.tdAttributes")
        xfam = try reader.read(8, field: "report.xfam")
        mrTD = try reader.read(48, field: "report.mrTD")
        mrConfigID = try reader.read(48, field: "report.mrConfigID")
        mrOwner = try reader.read(48, field: "report.mrOwner")
        mrOwnerConfig = try reader.read(48, field: "report.mrOwnerConfig")
        var registers: [[UInt8]] = []
        for index in 0..<4 { registers.append(try reader.read(48, field: "report.rtmr\(index)")) }
        rtmrs = registers
        reportData = try reader.read(64, field: "report.reportData")
        if isVersion15 {
            teeTcbSvn2 = try reader.read(16, field: "report.teeTcbSvn2")
            mrServiceTD = try reader.read(48, field: "report.mrServiceTD")
        }
    }

    /// Whether the trust domain runs in debug mode (TDATTRIBUTES bit 0).
    public var isDebug: Bool { (tdAttributes.first ?? 0) & 0x01 != 0 }
}
