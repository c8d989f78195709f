/// The report a quote attests (dcap.md §1.1): an SGX enclave report or a TD report 1.0 / 1.5.
public enum QuoteBody: Sendable, Hashable {
    /// An SGX enclave report (quote v3, or v5 body type 1).
    case sgxEnclave(EnclaveReport)
    /// A TD report 1.0 (quote v4, or v5 body type 2).
    case tdReport10(TDReport)
    /// A TD report 1.5 (quote v5 body type 3).
    case tdReport15(TDReport)

    /// The 64 bytes the enclave or trust domain put into its report (REPORTDATA).
    public var reportData: [UInt8] {
        switch self {
        case .sgxEnclave(let report): report.reportData
        case .tdReport10(let report), .tdReport15(let report): report.reportData
        }
    }

    /// The SGX enclave report, or nil for a TD report.
    public var enclaveReport: EnclaveReport? {
        if case .sgxEnclave(let report) = self { report } else { nil }
    }

    /// The TD report (1.0 or 1.5), or nil for an SGX enclave report.
    public var tdReport: TDReport? {
        switch self {
        case .sgxEnclave: nil
        case .tdReport10(let report), .tdReport15(let report): report
        }
    }

    /// Whether the report says debug mode, in which the TEE's memory is readable by the host.
    public var isDebug: Bool {
        switch self {
        case .sgxEnclave(let report): report.isDebug
        case .tdReport10(let report), .tdReport15(let report): report.isDebug
        }
    }
}
