extension DcapVerifier {
    /// Step 9: the TCB info is for the PCK's FMSPC and the quote's TEE; the first level (canonical
    /// order) the PCK's PCESVN and CPUSVN, and for TDX the TEE_TCB_SVN, reach gives the platform
    /// verdict.
    static func platformVerdict(
        _ quote: DcapQuote, tcbInfo: TcbInfo, pck: PckCertificateExtension
    ) throws(DcapVerificationError) -> TcbVerdict {
        guard tcbInfo.fmspc == pck.fmspc else { throw .fmspcMismatch }
        let tdReport = quote.body.tdReport
        let supported = tdReport == nil ? tcbInfo.id == "SGX" && tcbInfo.version >= 2 : tcbInfo.id == "TDX" && tcbInfo.version >= 3
        guard supported else { throw .unsupportedTcbInfo(id: tcbInfo.id, version: tcbInfo.version) }
        for level in tcbInfo.canonicalLevels where pck.pceSvn >= level.pceSvn {
            guard level.sgxComponents.count == 16 else {
                throw .malformedTcbLevel(reason: "\(level.sgxComponents.count) SGX components instead of 16")
            }
            if zip(pck.cpuSvn, level.sgxComponents).contains(where: { $0 < $1 }) { continue }
            if let tdReport {
                guard let tdxComponents = level.tdxComponents, tdxComponents.count == 16 else {
                    throw .malformedTcbLevel(reason: "\(level.tdxComponents?.count ?? 0) TDX components instead of 16")
                }
                if zip(tdReport.teeTcbSvn, tdxComponents).contains(where: { $0 < $1 }) { continue }
            }
            return level.verdict
        }
        throw .noMatchingTcbLevel
    }

    /// Step 10 (TDX): the TDX module's signer and attributes match the TCB info's `tdxModule`, or the
    /// module identity `TDX_<major version>` when the version is non-zero and identities are listed;
    /// with an identity, its first level at or below the module's ISVSVN gives a verdict to merge.
    /// - Returns: the module's verdict, or nil when no module identity was used.
    static func tdxModuleVerdict(_ report: TDReport, tcbInfo: TcbInfo) throws(DcapVerificationError) -> TcbVerdict? {
        guard var module = tcbInfo.tdxModule else { throw .missingTdxModule }
        var levels: [EnclaveTcbLevel]? = nil
        let majorVersion = report.teeTcbSvn[1]
        if majorVersion > 0, !tcbInfo.tdxModuleIdentities.isEmpty {
            let digits = Array("0123456789ABCDEF")
            let id = "TDX_" + String(digits[Int(majorVersion >> 4)]) + String(digits[Int(majorVersion & 0x0F)])
            guard let identity = tcbInfo.tdxModuleIdentities.first(where: { $0.id.uppercased() == id }) else {
                throw .unknownTdxModuleIdentity(id)
            }
            module = identity.module
            levels = identity.tcbLevels
        }
        guard report.mrSignerSeam == module.mrSigner else { throw .tdxModuleMismatch(field: "mrsigner") }
        let outsideMask = zip(report.seamAttributes, module.attributesMask).contains { $0 & ~$1 != 0 }
        guard masked(report.seamAttributes, module.attributesMask) == masked(module.attributes, module.attributesMask),
            !outsideMask
        else { throw .tdxModuleMismatch(field: "attributes") }
        guard let levels else { return nil }
        guard let verdict = EnclaveTcbLevel.firstMatch(in: levels, isvSvn: UInt16(report.teeTcbSvn[0])) else {
            throw .tdxModuleSvnBelowMinimum(isvSvn: report.teeTcbSvn[0])
        }
        return verdict
    }

    /// Step 12: no debug enclave/TD unless allowed; TDATTRIBUTES only with the bits dcap-qvl accepts
    /// (SEPT_VE_DISABLE set; PKS, KL and PERFMON allowed); no service TD unless allowed.
    static func checkReportPolicy(_ body: QuoteBody, options: DcapVerificationOptions) throws(DcapVerificationError) {
        guard options.allowDebug || !body.isDebug else { throw .debugNotAllowed }
        guard let report = body.tdReport else { return }
        let attributes = report.tdAttributes
        guard attributes[0] & 0xFE == 0 else { throw .invalidTDAttributes(reason: "TUD bits 1-7 must be zero") }
        guard attributes[1] == 0, attributes[2] == 0, attributes[3] & 0x0F == 0 else {
            throw .invalidTDAttributes(reason: "reserved SEC bits 8-27 must be zero")
        }
        guard attributes[3] & 0x10 != 0 else { throw .invalidTDAttributes(reason: "SEPT_VE_DISABLE (bit 28) must be set") }
        guard attributes[3] & 0x20 == 0 else { throw .invalidTDAttributes(reason: "reserved bit 29 must be zero") }
        guard attributes[4] == 0, attributes[5] == 0, attributes[6] == 0, attributes[7] & 0x7F == 0 else {
            throw .invalidTDAttributes(reason: "OTHER bits 32-62 must be zero")
        }
        if let serviceTD = report.mrServiceTD, serviceTD.contains(where: { $0 != 0 }), !options.allowServiceTD {
            throw .serviceTDNotAllowed
        }
    }
}
