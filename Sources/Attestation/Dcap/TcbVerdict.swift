/// The outcome of matching one TCB (platform, quoting enclave or TDX module) against Intel's levels:
/// the status and the security advisories that apply.
public struct TcbVerdict: Sendable, Hashable {
    /// The matched level's status.
    public var status: TcbStatus
    /// The matched level's advisory IDs (e.g. `INTEL-SA-00615`), in Intel's order.
    public var advisoryIDs: [String]

    /// Creates a verdict.
    public init(status: TcbStatus, advisoryIDs: [String]) {
        self.status = status
        self.advisoryIDs = advisoryIDs
    }

    /// Combines two verdicts as dcap-qvl does (dcap.md §2 step 11): the more severe status wins (on a
    /// tie, this one's), and `other`'s advisory IDs not yet present are appended after this one's.
    /// - Parameter other: the verdict to fold in (the QE's, or the TDX module's).
    /// - Returns: the combined verdict.
    public func merged(with other: TcbVerdict) -> TcbVerdict {
        var advisories = advisoryIDs
        for id in other.advisoryIDs where !advisories.contains(id) { advisories.append(id) }
        let status = other.status.severity > status.severity ? other.status : status
        return TcbVerdict(status: status, advisoryIDs: advisories)
    }
}
