/// Verifies Intel DCAP quotes (SGX v3, TDX v4/v5) against their collateral, reproducing dcap-qvl's
/// results (dcap.md §2). Deterministic and safe on chain: time is passed in, every read is
/// bounds-checked and every failure is a typed `DcapVerificationError`.
public enum DcapVerifier {
    /// Verifies a quote: dcap.md §2 steps 0–12 in dcap-qvl's order.
    ///
    /// The pinned Intel SGX Root CA is the only trust anchor; copies of it in the quote or collateral
    /// are never trusted. The returned status is left to the caller's policy, except `Revoked`, which
    /// is an error.
    /// - Parameters:
    ///   - quote: the raw quote bytes (trailing padding allowed).
    ///   - collateral: the CRLs, TCB info and QE identity with their signatures and issuer chains.
    ///   - now: verification time in Unix seconds (the chain's timestamp; never the wall clock).
    ///   - options: whether debug enclaves/TDs and service TDs are accepted.
    ///   - signatureCache: where collateral signatures that verified are remembered across calls
    ///     (`DcapSignatureCache`); `nil` checks every signature afresh. The verdict is the same either way.
    /// - Returns: the TCB verdicts, the PPID and the verified quote.
    /// - Throws: `DcapVerificationError` naming the first step that failed.
    public static func verify(
        quote: [UInt8],
        collateral: DcapCollateral,
        now: UInt64,
        options: DcapVerificationOptions = .init(),
        signatureCache: DcapSignatureCache? = .shared
    ) throws(DcapVerificationError) -> DcapVerifiedReport {
        var memo = DcapVerificationMemo(sharing: signatureCache)
        let trustStore = try checkedTrustStore(collateral, now: now, memo: &memo)
        let parsed = try DcapQuote(bytes: quote)
        try checkHeader(parsed)
        let tcbInfo = try verifiedTcbInfo(collateral, trustStore: trustStore, now: now, memo: &memo)
        let qeIdentity = try verifiedQeIdentity(collateral, trustStore: trustStore, now: now, header: parsed.header, memo: &memo)
        let pck = try verifiedPck(parsed, trustStore: trustStore, now: now, memo: &memo)
        try checkQeReportSignature(parsed.signatureData, key: pck.key)
        try checkAttestationKeyBinding(parsed.signatureData)
        let qeStatus = try qeVerdict(parsed.signatureData.qeReport, identity: qeIdentity)
        try checkQuoteSignature(quote, parsed)
        var platformStatus = try platformVerdict(parsed, tcbInfo: tcbInfo, pck: pck.extension)
        if let report = parsed.body.tdReport, let moduleStatus = try tdxModuleVerdict(report, tcbInfo: tcbInfo) {
            platformStatus = platformStatus.merged(with: moduleStatus)
        }
        let combined = platformStatus.merged(with: qeStatus)
        guard combined.status != .revoked else { throw .tcbRevoked }
        try checkReportPolicy(parsed.body, options: options)
        return DcapVerifiedReport(
            status: combined.status,
            advisoryIDs: combined.advisoryIDs,
            quote: parsed,
            ppid: pck.extension.ppid,
            qeStatus: qeStatus,
            platformStatus: platformStatus
        )
    }

    /// Step 1: the header names a supported TEE, quote version, QE vendor and key type, the body
    /// matches the TEE type, and the QE auth data is 32 bytes.
    static func checkHeader(_ quote: DcapQuote) throws(DcapVerificationError) {
        let header = quote.header
        guard header.qeVendorID == QuoteHeader.intelQeVendorID else { throw .unknownQeVendor }
        switch header.teeType {
        case QuoteHeader.teeTypeSGX:
            guard header.version == 3 else { throw .teeTypeVersionMismatch(teeType: header.teeType, version: header.version) }
        case QuoteHeader.teeTypeTDX:
            guard header.version == 4 || header.version == 5 else {
                throw .teeTypeVersionMismatch(teeType: header.teeType, version: header.version)
            }
            if let bodyType = quote.bodyType, quote.body.tdReport == nil { throw .unsupportedBodyType(bodyType) }
        default:
            throw .unsupportedTeeType(header.teeType)
        }
        guard header.attestationKeyType == QuoteHeader.attestationKeyTypeP256 else {
            throw .unsupportedAttestationKeyType(header.attestationKeyType)
        }
        let authLength = quote.signatureData.qeAuthData.count
        guard authLength == 32 else { throw .invalidQeAuthDataLength(authLength) }
    }
}
