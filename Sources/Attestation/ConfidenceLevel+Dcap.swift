extension ConfidenceLevel {
    /// The advisories that keep a configuration-needed platform at level 3 (Phala's
    /// `pallets/phala/src/utils/constants.rs`); any other advisory makes it level 4.
    public static let tolerableAdvisoryIDs: Set<String> = [
        "INTEL-SA-00334", "INTEL-SA-00219", "INTEL-SA-00381", "INTEL-SA-00389",
    ]

    /// The level of a DCAP TCB status as Phala maps it (dcap.md §6.5), or `nil` for a status the chain
    /// refuses.
    ///
    /// UpToDate 1; SWHardeningNeeded 2; ConfigurationNeeded and ConfigurationAndSWHardeningNeeded 3, or 4
    /// with an advisory outside `tolerableAdvisoryIDs`; OutOfDate and OutOfDateConfigurationNeeded 5;
    /// Revoked refused.
    /// - Parameters:
    ///   - dcapStatus: the verified quote's combined TCB status.
    ///   - advisoryIDs: its advisory IDs.
    public init?(dcapStatus: TcbStatus, advisoryIDs: [String]) {
        switch dcapStatus {
        case .upToDate: self = .upToDate
        case .swHardeningNeeded: self.init(rawValue: 2)
        case .configurationNeeded, .configurationAndSWHardeningNeeded:
            let tolerable = advisoryIDs.allSatisfy { Self.tolerableAdvisoryIDs.contains($0) }
            self.init(rawValue: tolerable ? 3 : 4)
        case .outOfDate, .outOfDateConfigurationNeeded: self.init(rawValue: 5)
        case .revoked: return nil
        }
    }
}
