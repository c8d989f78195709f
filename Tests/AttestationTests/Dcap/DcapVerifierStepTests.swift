import Testing

@testable import Attestation

/// Single steps of dcap.md §2 on edited copies of the parsed samples, for the branches the real
/// samples cannot reach without re-signing them.
@Suite struct DcapVerifierStepTests {
    let sgx: DcapQuote
    let tdx: DcapQuote
    let tdxReport: TDReport
    let tdxTcbInfo: TcbInfo

    init() throws {
        sgx = try DcapQuote(bytes: DcapFixtures.sgxQuote)
        tdx = try DcapQuote(bytes: DcapFixtures.tdxQuote)
        tdxReport = try #require(tdx.body.tdReport)
        tdxTcbInfo = try TcbInfo(json: DcapFixtures.tdxCollateral.tcbInfo)
    }

    @Test func headerChecksRefuseWrongVersionsKeyTypesBodiesAndAuthDataLengths() throws {
        var quote = sgx
        quote.header.version = 4
        #expect(throws: DcapVerificationError.teeTypeVersionMismatch(teeType: 0, version: 4)) { try DcapVerifier.checkHeader(quote) }
        quote = tdx
        quote.header.version = 3
        #expect(throws: DcapVerificationError.teeTypeVersionMismatch(teeType: 0x81, version: 3)) { try DcapVerifier.checkHeader(quote) }
        quote = tdx
        quote.header.version = 5
        quote.bodyType = 1
        quote.body = .sgxEnclave(sgx.signatureData.qeReport)
        #expect(throws: DcapVerificationError.unsupportedBodyType(1)) { try DcapVerifier.checkHeader(quote) }
        quote = sgx
        quote.header.attestationKeyType = 3
        #expect(throws: DcapVerificationError.unsupportedAttestationKeyType(3)) { try DcapVerifier.checkHeader(quote) }
        quote = sgx
        quote.signatureData.qeAuthData.removeLast()
        #expect(throws: DcapVerificationError.invalidQeAuthDataLength(31)) { try DcapVerifier.checkHeader(quote) }
        try DcapVerifier.checkHeader(sgx)
        try DcapVerifier.checkHeader(tdx)
    }

    @Test func qeReportMustMatchEveryFieldOfTheQeIdentity() throws {
        let identity = try QeIdentity(json: DcapFixtures.sgxCollateral.qeIdentity)
        let report = sgx.signatureData.qeReport
        #expect(try DcapVerifier.qeVerdict(report, identity: identity) == TcbVerdict(status: .upToDate, advisoryIDs: []))
        var edited = report
        edited.isvSvn = 7
        #expect(try DcapVerifier.qeVerdict(edited, identity: identity) == TcbVerdict(status: .outOfDate, advisoryIDs: ["INTEL-SA-00615"]))
        edited.isvSvn = 0
        #expect(throws: DcapVerificationError.qeSvnBelowMinimum(isvSvn: 0)) { try DcapVerifier.qeVerdict(edited, identity: identity) }
        let edits: [(String, (inout EnclaveReport) -> Void)] = [
            ("mrsigner", { $0.mrSigner[0] ^= 1 }), ("debug", { $0.attributes[0] |= 0x02 }),
            ("isvprodid", { $0.isvProdID = 9 }), ("miscselect", { $0.miscSelect = 1 }),
            ("attributes", { $0.attributes[1] = 0x01 }),
        ]
        for (field, edit) in edits {
            var mismatched = report
            edit(&mismatched)
            #expect(throws: DcapVerificationError.qeIdentityMismatch(field: field)) {
                try DcapVerifier.qeVerdict(mismatched, identity: identity)
            }
        }
    }

    @Test func tdxModuleIdentityIsChosenByMajorVersionAndGivesItsLevel() throws {
        var report = tdxReport
        #expect(try DcapVerifier.tdxModuleVerdict(report, tcbInfo: tdxTcbInfo) == TcbVerdict(status: .upToDate, advisoryIDs: []))
        report.teeTcbSvn[0] = 3
        #expect(try DcapVerifier.tdxModuleVerdict(report, tcbInfo: tdxTcbInfo)?.status == .outOfDate)
        report.teeTcbSvn[0] = 1
        #expect(throws: DcapVerificationError.tdxModuleSvnBelowMinimum(isvSvn: 1)) {
            try DcapVerifier.tdxModuleVerdict(report, tcbInfo: tdxTcbInfo)
        }
        report.teeTcbSvn[1] = 0x2A
        #expect(throws: DcapVerificationError.unknownTdxModuleIdentity("TDX_2A")) {
            try DcapVerifier.tdxModuleVerdict(report, tcbInfo: tdxTcbInfo)
        }
        report.teeTcbSvn[1] = 0
        #expect(try DcapVerifier.tdxModuleVerdict(report, tcbInfo: tdxTcbInfo) == nil)
    }

    @Test func tdxModuleSignerAndAttributesMustMatch() throws {
        var report = tdxReport
        report.mrSignerSeam[47] = 1
        #expect(throws: DcapVerificationError.tdxModuleMismatch(field: "mrsigner")) {
            try DcapVerifier.tdxModuleVerdict(report, tcbInfo: tdxTcbInfo)
        }
        report = tdxReport
        report.seamAttributes[0] = 1
        #expect(throws: DcapVerificationError.tdxModuleMismatch(field: "attributes")) {
            try DcapVerifier.tdxModuleVerdict(report, tcbInfo: tdxTcbInfo)
        }
        var info = tdxTcbInfo
        info.tdxModuleIdentities[1].module.attributesMask = [UInt8](repeating: 0, count: 8)
        #expect(throws: DcapVerificationError.tdxModuleMismatch(field: "attributes")) {
            try DcapVerifier.tdxModuleVerdict(report, tcbInfo: info)
        }
        info.tdxModule = nil
        #expect(throws: DcapVerificationError.missingTdxModule) { try DcapVerifier.tdxModuleVerdict(tdxReport, tcbInfo: info) }
    }

    @Test func platformLevelMatchingUsesTheCertificatesCpuSvnAndRefusesShortLevels() throws {
        let collateral = try DcapFixtures.sgxCollateral
        var memo = DcapVerificationMemo()
        let store = try DcapVerifier.checkedTrustStore(collateral, now: 1_752_919_277, memo: &memo)
        var pck = try DcapVerifier.verifiedPck(sgx, trustStore: store, now: 1_752_919_277, memo: &memo).extension
        let info = try TcbInfo(json: collateral.tcbInfo)
        #expect(try DcapVerifier.platformVerdict(sgx, tcbInfo: info, pck: pck).status == .configurationAndSWHardeningNeeded)
        pck.cpuSvn[6] = 12  // the component the sample's platform lacks (dcap.md §4.2)
        #expect(try DcapVerifier.platformVerdict(sgx, tcbInfo: info, pck: pck) == TcbVerdict(status: .swHardeningNeeded, advisoryIDs: ["INTEL-SA-00615"]))
        pck.cpuSvn = [UInt8](repeating: 0, count: 16)
        #expect(throws: DcapVerificationError.noMatchingTcbLevel) { try DcapVerifier.platformVerdict(sgx, tcbInfo: info, pck: pck) }
        var short = info
        short.tcbLevels[0].sgxComponents.removeLast()
        #expect(throws: DcapVerificationError.malformedTcbLevel(reason: "15 SGX components instead of 16")) {
            try DcapVerifier.platformVerdict(sgx, tcbInfo: short, pck: pck)
        }
        var tdxInfo = tdxTcbInfo
        tdxInfo.fmspc = pck.fmspc
        #expect(throws: DcapVerificationError.unsupportedTcbInfo(id: "TDX", version: 3)) {
            try DcapVerifier.platformVerdict(sgx, tcbInfo: tdxInfo, pck: pck)
        }
    }

    @Test func reportPolicyRefusesDebugReservedAttributesAndServiceTDsUnlessAllowed() throws {
        var allowAll = DcapVerificationOptions()
        allowAll.allowDebug = true
        allowAll.allowServiceTD = true
        func body(_ attributes: [UInt8], serviceTD: UInt8? = nil) -> QuoteBody {
            var report = tdxReport
            report.tdAttributes = attributes
            guard let serviceTD else { return .tdReport10(report) }
            report.teeTcbSvn2 = [UInt8](repeating: 0, count: 16)
            report.mrServiceTD = [serviceTD] + [UInt8](repeating: 0, count: 47)
            return .tdReport15(report)
        }
        try DcapVerifier.checkReportPolicy(body([0, 0, 0, 0xD0, 0, 0, 0, 0x80]), options: .init())
        #expect(throws: DcapVerificationError.debugNotAllowed) { try DcapVerifier.checkReportPolicy(body([1, 0, 0, 0x10, 0, 0, 0, 0]), options: .init()) }
        try DcapVerifier.checkReportPolicy(body([1, 0, 0, 0x10, 0, 0, 0, 0]), options: allowAll)
        let refused: [([UInt8], String)] = [
            ([2, 0, 0, 0x10, 0, 0, 0, 0], "TUD bits 1-7 must be zero"),
            ([0, 1, 0, 0x10, 0, 0, 0, 0], "reserved SEC bits 8-27 must be zero"),
            ([0, 0, 0, 0x18, 0, 0, 0, 0], "reserved SEC bits 8-27 must be zero"),
            ([0, 0, 0, 0x00, 0, 0, 0, 0], "SEPT_VE_DISABLE (bit 28) must be set"),
            ([0, 0, 0, 0x30, 0, 0, 0, 0], "reserved bit 29 must be zero"),
            ([0, 0, 0, 0x10, 0, 0, 0, 0x40], "OTHER bits 32-62 must be zero"),
        ]
        for (attributes, reason) in refused {
            #expect(throws: DcapVerificationError.invalidTDAttributes(reason: reason)) {
                try DcapVerifier.checkReportPolicy(body(attributes), options: allowAll)
            }
        }
        #expect(throws: DcapVerificationError.serviceTDNotAllowed) {
            try DcapVerifier.checkReportPolicy(body([0, 0, 0, 0x10, 0, 0, 0, 0], serviceTD: 1), options: .init())
        }
        try DcapVerifier.checkReportPolicy(body([0, 0, 0, 0x10, 0, 0, 0, 0], serviceTD: 1), options: allowAll)
        var enclave = try #require(sgx.body.enclaveReport)
        enclave.attributes[0] |= 0x02
        #expect(throws: DcapVerificationError.debugNotAllowed) { try DcapVerifier.checkReportPolicy(.sgxEnclave(enclave), options: .init()) }
        try DcapVerifier.checkReportPolicy(.sgxEnclave(enclave), options: allowAll)
    }
}
