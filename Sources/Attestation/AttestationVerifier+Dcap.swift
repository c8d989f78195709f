extension AttestationVerifier {
    /// The DCAP steps of `verify`: the quote and its collateral at `now` (dcap.md §2, debug enclaves and
    /// service TDs refused), the measurement on the allow-list, the report data binding the registration,
    /// then the confidence level of the TCB status.
    static func verifyDcap(
        quote: [UInt8],
        collateral: DcapCollateral?,
        expectedReportData: [UInt8],
        now: UInt64,
        policy: AttestationPolicy
    ) throws(AttestationError) -> VerifiedAttestation {
        guard policy.allowDcap else { throw .dcapDisabled }
        guard let collateral else { throw .missingCollateral }
        let report: DcapVerifiedReport
        do {
            report = try DcapVerifier.verify(quote: quote, collateral: collateral, now: now)
        } catch {
            throw .dcap(error)
        }
        let measurement = pruntimeMeasurement(of: report.quote.body)
        guard policy.allowedMeasurements.contains(measurement) else { throw .measurementNotAllowed }
        guard Array(report.quote.body.reportData.prefix(32)) == expectedReportData else { throw .reportDataMismatch }
        guard let level = ConfidenceLevel(dcapStatus: report.status, advisoryIDs: report.advisoryIDs) else {
            throw .quoteStatusRejected(report.status.rawValue)
        }
        return VerifiedAttestation(measurement: measurement, confidenceLevel: level)
    }

    /// The measurement the allow-list holds for a quote's enclave (dcap.md §6.4).
    ///
    /// SGX: Phala's DCAP `pruntime_hash`, MRENCLAVE (32) ‖ ISVPRODID (2, big-endian) ‖ ISVSVN (2,
    /// big-endian) ‖ MRSIGNER (32), 68 bytes. TDX (ours; Phala registers no TDX workers): MRTD ‖ RTMR0 ‖
    /// RTMR1 ‖ RTMR2 ‖ RTMR3, 240 bytes: the initial TD image and everything measured into it at boot.
    /// - Parameter body: the verified quote's report body.
    /// - Returns: the measurement bytes.
    public static func pruntimeMeasurement(of body: QuoteBody) -> [UInt8] {
        switch body {
        case .sgxEnclave(let report):
            report.mrEnclave + bigEndian(report.isvProdID) + bigEndian(report.isvSvn) + report.mrSigner
        case .tdReport10(let report), .tdReport15(let report):
            report.mrTD + report.rtmrs.flatMap { $0 }
        }
    }

    private static func bigEndian(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xff)] }
}
