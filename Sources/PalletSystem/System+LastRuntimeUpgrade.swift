public import SCALE

extension System {
    /// The runtime version recorded at the last upgrade (frame-system's `LastRuntimeUpgradeInfo`).
    ///
    /// SCALE: `Compact<u32> spec_version ‖ String spec_name`.
    public struct LastRuntimeUpgrade: Sendable, Hashable {
        /// The runtime's `spec_version`.
        public var specVersion: UInt32
        /// The runtime's `spec_name`.
        public var specName: String

        /// Creates the record.
        public init(specVersion: UInt32, specName: String) {
            self.specVersion = specVersion
            self.specName = specName
        }
    }
}

extension System.LastRuntimeUpgrade: ScaleCodable {
    /// Appends the compact version and the name.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: Compact(specVersion), specName)
    }

    /// Reads the compact version and the name.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        specVersion = try decoder.decode(Compact<UInt32>.self).value
        specName = try decoder.decode()
    }
}
