public import PhalaPrimitives
public import RuntimeSupport

extension Registry {
    /// Registry's genesis: the software TEE switch, its platform keys, the allowed measurements and the
    /// benchmark duration.
    public struct Genesis: Sendable, Hashable {
        /// Phala's pallet default benchmark duration, in blocks.
        public static let defaultBenchmarkDuration: UInt32 = 8

        /// Whether software TEE reports are accepted.
        public var softwareTEEEnabled: Bool
        /// Whether Intel DCAP quotes are accepted.
        public var dcapEnabled: Bool
        /// The trusted software platform keys (ed25519 public keys).
        public var platformKeys: [FixedBytes<32>]
        /// The allowed pRuntime measurements.
        public var pruntimeAllowList: [[UInt8]]
        /// How many blocks a worker's benchmark runs.
        public var benchmarkDuration: UInt32

        /// Creates the genesis configuration; everything off and empty, and Phala's 8-block benchmark,
        /// by default.
        public init(
            softwareTEEEnabled: Bool = false,
            dcapEnabled: Bool = false,
            platformKeys: [FixedBytes<32>] = [],
            pruntimeAllowList: [[UInt8]] = [],
            benchmarkDuration: UInt32 = defaultBenchmarkDuration
        ) {
            self.softwareTEEEnabled = softwareTEEEnabled
            self.dcapEnabled = dcapEnabled
            self.platformKeys = platformKeys
            self.pruntimeAllowList = pruntimeAllowList
            self.benchmarkDuration = benchmarkDuration
        }

        /// Writes the items that differ from their defaults, and always `BenchmarkDuration`.
        /// - Parameter state: the genesis state.
        public func build(in state: inout Overlay) {
            if softwareTEEEnabled { Storage.softwareTEEEnabled.set(true, in: &state) }
            if dcapEnabled { Storage.dcapEnabled.set(true, in: &state) }
            if !platformKeys.isEmpty { Storage.softwareTEEPlatformKeys.set(platformKeys, in: &state) }
            if !pruntimeAllowList.isEmpty { Storage.pruntimeAllowList.set(pruntimeAllowList, in: &state) }
            Storage.benchmarkDuration.set(benchmarkDuration, in: &state)
        }
    }
}
