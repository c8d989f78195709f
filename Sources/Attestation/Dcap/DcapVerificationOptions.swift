/// What the caller's policy allows beyond dcap-qvl's defaults (dcap.md §2 step 12).
public struct DcapVerificationOptions: Sendable, Hashable {
    /// Accept enclaves and trust domains in debug mode (their memory is readable by the host; never
    /// on a production chain). The quoting enclave itself must never be in debug mode.
    public var allowDebug = false
    /// Accept TD reports 1.5 that name a service TD (non-zero MRSERVICETD).
    public var allowServiceTD = false

    /// The defaults: debug and service TDs refused.
    public init() {}
}
