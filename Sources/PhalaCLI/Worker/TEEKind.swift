/// Which trusted execution environment `phala worker --tee` runs the enclave on.
enum TEEKind: String, CaseIterable, Sendable {
    /// The development TEE: the enclave runs in this process and its sealing protects nothing against
    /// the machine's owner.
    case software

    /// Reads `--tee`; the hardware TEEs are named in the refusal so the user knows where they stand.
    /// - Throws: `CommandError` for anything but `software`.
    static func parse(_ text: String) throws -> TEEKind {
        if let kind = TEEKind(rawValue: text.lowercased()) { return kind }
        throw CommandError(
            "--tee \(text) is not available: only `software` exists for now; Intel SGX and TDX enclaves with DCAP attestation are issue 7"
        )
    }
}
