import Attestation
import JSONRPC

/// What `phala attest verify` found: the verified report, or the step at which the quote was refused.
enum QuoteVerificationReport {
    /// The quote verified at Unix time `now`.
    case accepted(DcapVerifiedReport, now: UInt64)
    /// The quote was refused at Unix time `now`.
    case refused(DcapVerificationError, now: UInt64)

    /// Whether the quote verified (the command exits with status 0 only then).
    var isAccepted: Bool {
        if case .accepted = self { true } else { false }
    }

    /// The report in the requested format.
    func rendered(as format: OutputFormat) -> String {
        switch format {
        case .json: json.description
        case .text: text
        }
    }

    /// One JSON object: `{"ok": true, "now", "status", "advisoryIds", "qeStatus", "platformStatus", "tee",
    /// "version", "measurements", "reportData", "ppid"}` or `{"ok": false, "now", "step", "error"}`;
    /// `now` is the Unix time the quote was checked at.
    var json: JSONValue {
        switch self {
        case .refused(let error, let now):
            return [
                "ok": false, "now": .unsignedInteger(now), "step": .string(error.step),
                "error": .string(error.description),
            ]
        case .accepted(let report, let now):
            let header = report.quote.header
            var measurements = JSONObject()
            for field in QuoteMeasurement.fields(of: report.quote.body) { measurements.append(field.key, field.value) }
            return [
                "ok": true, "now": .unsignedInteger(now), "status": .string(report.status.rawValue),
                "advisoryIds": .array(report.advisoryIDs.map { .string($0) }),
                "qeStatus": Self.json(report.qeStatus), "platformStatus": Self.json(report.platformStatus),
                "tee": .string(Self.teeName(header)), "version": .unsignedInteger(UInt64(header.version)),
                "measurements": .object(measurements),
                "reportData": .string(QuoteMeasurement.hex(report.quote.body.reportData)),
                "ppid": .string(QuoteMeasurement.hex(report.ppid)),
            ]
        }
    }

    /// Lines for people: the verdict, the statuses, then every measurement.
    var text: String {
        switch self {
        case .refused(let error, let now):
            return "REFUSED at \(error.step): \(error.description)\n  (checked at Unix time \(now))"
        case .accepted(let report, let now):
            let header = report.quote.header
            var lines = ["OK: the quote is genuine (checked at Unix time \(now))"]
            func add(_ label: String, _ value: String) {
                let name = label + ":"
                lines.append("  " + name + String(repeating: " ", count: max(1, 18 - name.count)) + value)
            }
            add("Status", report.status.rawValue)
            add("Advisory IDs", Self.list(report.advisoryIDs))
            add("QE status", Self.text(report.qeStatus))
            add("Platform status", Self.text(report.platformStatus))
            add("TEE", "\(Self.teeName(header)) (\(Self.bodyName(report.quote.body))), quote v\(header.version)")
            for field in QuoteMeasurement.fields(of: report.quote.body) { add(field.label, Self.text(field.value)) }
            add("Report data", QuoteMeasurement.hex(report.quote.body.reportData))
            add("PPID", QuoteMeasurement.hex(report.ppid))
            return lines.joined(separator: "\n")
        }
    }

    /// `{"status", "advisoryIds"}` of one verdict.
    private static func json(_ verdict: TcbVerdict) -> JSONValue {
        ["status": .string(verdict.status.rawValue), "advisoryIds": .array(verdict.advisoryIDs.map { .string($0) })]
    }

    /// "UpToDate" or "OutOfDate (INTEL-SA-…, …)".
    private static func text(_ verdict: TcbVerdict) -> String {
        verdict.advisoryIDs.isEmpty
            ? verdict.status.rawValue : "\(verdict.status.rawValue) (\(list(verdict.advisoryIDs)))"
    }

    /// A JSON scalar as people read it: strings without quotes.
    private static func text(_ value: JSONValue) -> String {
        if case .string(let string) = value { string } else { value.description }
    }

    /// Comma-separated IDs, or "none".
    private static func list(_ ids: [String]) -> String {
        ids.isEmpty ? "none" : ids.joined(separator: ", ")
    }

    /// "SGX", "TDX", or the raw TEE type in hex.
    private static func teeName(_ header: QuoteHeader) -> String {
        if header.isSGX { return "SGX" }
        if header.isTDX { return "TDX" }
        return "0x" + String(header.teeType, radix: 16)
    }

    /// The kind of report the quote carries.
    private static func bodyName(_ body: QuoteBody) -> String {
        switch body {
        case .sgxEnclave: "enclave report"
        case .tdReport10: "TD report 1.0"
        case .tdReport15: "TD report 1.5"
        }
    }
}
