/// What a successfully verified DCAP quote proves: the TCB status Intel gives the platform, and the
/// quote whose report (measurements, REPORTDATA) can now be trusted.
public struct DcapVerifiedReport: Sendable, Hashable {
    /// The combined status (platform, TDX module and QE; the most severe).
    public var status: TcbStatus
    /// The combined advisory IDs: the platform's first, then any new ones of the QE.
    public var advisoryIDs: [String]
    /// The verified quote: header and body (measurements, REPORTDATA), plus its signature data.
    public var quote: DcapQuote
    /// The platform's PPID from the PCK certificate (16 bytes).
    public var ppid: [UInt8]
    /// The quoting enclave's verdict from the QE identity.
    public var qeStatus: TcbVerdict
    /// The platform's verdict from the TCB info (for TDX, merged with the TDX module's).
    public var platformStatus: TcbVerdict

    /// Creates a report from its parts.
    public init(
        status: TcbStatus, advisoryIDs: [String], quote: DcapQuote, ppid: [UInt8],
        qeStatus: TcbVerdict, platformStatus: TcbVerdict
    ) {
        self.status = status
        self.advisoryIDs = advisoryIDs
        self.quote = quote
        self.ppid = ppid
        self.qeStatus = qeStatus
        self.platformStatus = platformStatus
    }
}
