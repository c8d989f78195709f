extension Timestamp {
    /// Timestamp's constants (FRAME's `pallet_timestamp::Config`).
    ///
    /// | key | type | default |
    /// |---|---|---|
    /// | `minimumPeriod` | `UInt64` | none: half the slot duration, in ms (FRAME templates' rule) |
    public struct Configuration: Sendable {
        /// The least time between two blocks, in milliseconds.
        public var minimumPeriod: UInt64

        /// Creates the configuration.
        /// - Parameter minimumPeriod: the least time between blocks in ms.
        public init(minimumPeriod: UInt64) {
            self.minimumPeriod = minimumPeriod
        }
    }
}
