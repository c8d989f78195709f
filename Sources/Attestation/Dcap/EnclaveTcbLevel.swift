/// One level of an enclave's TCB (QE identity, TDX module identity): the minimum ISVSVN and the
/// status an enclave at or above it gets (dcap.md §3.3).
public struct EnclaveTcbLevel: Sendable, Hashable {
    /// The minimum ISVSVN of this level.
    public var isvSvn: UInt16
    /// The status of an enclave at this level.
    public var verdict: TcbVerdict

    /// Reads `{"tcb":{"isvsvn":N},"tcbStatus":...,"advisoryIDs":[...]}`.
    /// - Throws: `.malformedCollateral` naming the member that is missing or wrong.
    init(json: JSONValue, path: JSONPath) throws(DcapVerificationError) {
        let level = try JSONObject(json, path: path)
        isvSvn = UInt16(try level.object("tcb").integer("isvsvn", in: 0...Int(UInt16.max)))
        verdict = try level.verdict()
    }

    /// The verdict of the first level (in Intel's order) whose ISVSVN is at most `isvSvn`, or nil.
    static func firstMatch(in levels: [EnclaveTcbLevel], isvSvn: UInt16) -> TcbVerdict? {
        levels.first { isvSvn >= $0.isvSvn }?.verdict
    }
}

extension JSONObject {
    /// The `tcbStatus` and optional `advisoryIDs` members of a TCB level.
    func verdict() throws(DcapVerificationError) -> TcbVerdict {
        let text = try string("tcbStatus")
        guard let status = TcbStatus(rawValue: text) else {
            throw .malformedCollateral(field: path.describing(member: "tcbStatus"), reason: "unknown status \(text)")
        }
        return TcbVerdict(status: status, advisoryIDs: try strings("advisoryIDs"))
    }
}
