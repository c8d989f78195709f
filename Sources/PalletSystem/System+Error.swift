public import RuntimeSupport

extension System {
    /// System's errors, with frame-system's indices (append-only).
    public enum Error: UInt8, PalletError {
        /// A new runtime's spec name differs from the current one.
        case invalidSpecName = 0
        /// A new runtime's spec version is not higher than the current one.
        case specVersionNeedsToIncrease = 1
        /// The new runtime's version could not be read.
        case failedToExtractRuntimeVersion = 2
        /// An account with non-default data was to be removed.
        case nonDefaultComposite = 3
        /// An account with references was to be removed.
        case nonZeroRefCount = 4
        /// The origin filter rejected the call.
        case callFiltered = 5

        /// The case's name in metadata.
        public var name: String {
            switch self {
            case .invalidSpecName: "InvalidSpecName"
            case .specVersionNeedsToIncrease: "SpecVersionNeedsToIncrease"
            case .failedToExtractRuntimeVersion: "FailedToExtractRuntimeVersion"
            case .nonDefaultComposite: "NonDefaultComposite"
            case .nonZeroRefCount: "NonZeroRefCount"
            case .callFiltered: "CallFiltered"
            }
        }
    }
}
