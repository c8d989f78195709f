/// How current a platform's (or quoting enclave's, or TDX module's) TCB is, as Intel's TCB info and
/// QE identity name it (dcap.md §3.2). The raw value is Intel's spelling.
public enum TcbStatus: String, Sendable, Hashable, CaseIterable {
    /// The TCB is at the latest level.
    case upToDate = "UpToDate"
    /// The TCB is current but software mitigations are needed.
    case swHardeningNeeded = "SWHardeningNeeded"
    /// The TCB is current but the platform's configuration needs changes.
    case configurationNeeded = "ConfigurationNeeded"
    /// Both configuration changes and software mitigations are needed.
    case configurationAndSWHardeningNeeded = "ConfigurationAndSWHardeningNeeded"
    /// The TCB is out of date.
    case outOfDate = "OutOfDate"
    /// The TCB is out of date and the configuration needs changes.
    case outOfDateConfigurationNeeded = "OutOfDateConfigurationNeeded"
    /// The TCB is revoked.
    case revoked = "Revoked"

    /// dcap-qvl's severity order (dcap.md §2 step 11): 0 for UpToDate up to 6 for Revoked.
    public var severity: Int {
        switch self {
        case .upToDate: 0
        case .swHardeningNeeded: 1
        case .configurationNeeded: 2
        case .configurationAndSWHardeningNeeded: 3
        case .outOfDate: 4
        case .outOfDateConfigurationNeeded: 5
        case .revoked: 6
        }
    }
}
