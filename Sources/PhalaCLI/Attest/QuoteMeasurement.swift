import Attestation
import JSONRPC

/// One field of a verified quote's report, named for JSON (`key`) and for people (`label`).
struct QuoteMeasurement {
    /// The JSON member name, e.g. `mrEnclave`.
    var key: String
    /// The text label, e.g. `MRENCLAVE`.
    var label: String
    /// The value: hex text, an integer or a flag.
    var value: JSONValue

    /// The measurements and identity fields of `body`, in report order (REPORTDATA excluded; the
    /// report prints it separately).
    static func fields(of body: QuoteBody) -> [QuoteMeasurement] {
        switch body {
        case .sgxEnclave(let report):
            return [
                hex("mrEnclave", "MRENCLAVE", report.mrEnclave), hex("mrSigner", "MRSIGNER", report.mrSigner),
                QuoteMeasurement(
                    key: "isvProdId",
                    label: "ISVPRODID",
                    value: .unsignedInteger(UInt64(report.isvProdID))
                ),
                QuoteMeasurement(key: "isvSvn", label: "ISVSVN", value: .unsignedInteger(UInt64(report.isvSvn))),
                hex("attributes", "Attributes", report.attributes),
                QuoteMeasurement(key: "debug", label: "Debug", value: .bool(report.isDebug)),
                QuoteMeasurement(
                    key: "miscSelect",
                    label: "MISCSELECT",
                    value: .unsignedInteger(UInt64(report.miscSelect))
                ),
                hex("cpuSvn", "CPUSVN", report.cpuSvn),
            ]
        case .tdReport10(let report), .tdReport15(let report):
            var fields = [hex("mrTd", "MRTD", report.mrTD)]
            for (index, register) in report.rtmrs.enumerated() {
                fields.append(hex("rtmr\(index)", "RTMR\(index)", register))
            }
            fields += [
                hex("mrSeam", "MRSEAM", report.mrSeam), hex("mrSignerSeam", "MRSIGNERSEAM", report.mrSignerSeam),
                hex("seamAttributes", "SEAM attributes", report.seamAttributes),
                hex("tdAttributes", "TD attributes", report.tdAttributes),
                QuoteMeasurement(key: "debug", label: "Debug", value: .bool(report.isDebug)),
                hex("xfam", "XFAM", report.xfam), hex("teeTcbSvn", "TEE_TCB_SVN", report.teeTcbSvn),
                hex("mrConfigId", "MRCONFIGID", report.mrConfigID), hex("mrOwner", "MROWNER", report.mrOwner),
                hex("mrOwnerConfig", "MROWNERCONFIG", report.mrOwnerConfig),
            ]
            if let svn2 = report.teeTcbSvn2 { fields.append(hex("teeTcbSvn2", "TEE_TCB_SVN2", svn2)) }
            if let service = report.mrServiceTD { fields.append(hex("mrServiceTd", "MRSERVICETD", service)) }
            return fields
        }
    }

    /// A byte field as lowercase hex without `0x`.
    private static func hex(_ key: String, _ label: String, _ bytes: [UInt8]) -> QuoteMeasurement {
        QuoteMeasurement(key: key, label: label, value: .string(hex(bytes)))
    }

    /// `bytes` as lowercase hex without `0x`, the way dcap-qvl and Intel's tools print them.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
