import PalletComputation
import Tokenomics

extension ChainSpec {
    /// The computation pallet's genesis, `"computation": {"tokenomicProfile": "test", "coolDownPeriod": 30,
    /// "heartbeatPaused": false, "expectedBlockTimeSec": 180, "subsidyPoolEndowment": "10000000 PHA"}` in
    /// JSON. Every key but the profile may be absent.
    ///
    /// | key | type | default |
    /// |---|---|---|
    /// | `tokenomicProfile` | `"phala"`, `"khala"` or `"test"` | – |
    /// | `coolDownPeriod` | seconds | 604800 (7 days) |
    /// | `heartbeatPaused` | `Bool` | true (Phala's storage default) |
    /// | `expectedBlockTimeSec` | seconds | 12 |
    /// | `subsidyPoolEndowment` | amount text | none: the `phala/pp` account is not endowed |
    public struct ComputationSettings: Sendable, Hashable, Codable {
        /// Which `TokenomicParameters` profile the chain starts with.
        public var tokenomicProfile: String
        /// `CoolDownPeriod` in seconds.
        public var coolDownPeriod: UInt64?
        /// Whether heartbeat challenges start paused.
        public var heartbeatPaused: Bool?
        /// The block time, in seconds, the challenge rate (`pow_target`) assumes.
        public var expectedBlockTimeSec: UInt32?
        /// The subsidy pool's (`"modl" ‖ "phala/pp"`) genesis balance, which pays rewards and the
        /// treasury's cut.
        public var subsidyPoolEndowment: String?

        /// Creates the settings.
        public init(
            tokenomicProfile: String,
            coolDownPeriod: UInt64? = nil,
            heartbeatPaused: Bool? = nil,
            expectedBlockTimeSec: UInt32? = nil,
            subsidyPoolEndowment: String? = nil
        ) {
            self.tokenomicProfile = tokenomicProfile
            self.coolDownPeriod = coolDownPeriod
            self.heartbeatPaused = heartbeatPaused
            self.expectedBlockTimeSec = expectedBlockTimeSec
            self.subsidyPoolEndowment = subsidyPoolEndowment
        }

        /// The named profile's parameters; nil for an unknown name.
        var tokenomicParameters: TokenomicParameters? {
            switch tokenomicProfile {
            case "phala": .phala
            case "khala": .khala
            case "test": .test
            default: nil
            }
        }
    }
}

extension Runtime {
    /// Computation's genesis from the spec's settings; Phala's defaults when the spec has none.
    static func computationGenesis(_ settings: ChainSpec.ComputationSettings?) throws(GenesisError)
        -> Computation.Genesis
    {
        guard let settings else { return Computation.Genesis() }
        guard let parameters = settings.tokenomicParameters else {
            throw GenesisError(
                description:
                    "computation tokenomicProfile \"\(settings.tokenomicProfile)\" is unknown; use \"phala\", \"khala\" or \"test\""
            )
        }
        return Computation.Genesis(
            tokenomicParameters: parameters,
            coolDownPeriod: settings.coolDownPeriod ?? Computation.Genesis.defaultCoolDownPeriod,
            heartbeatPaused: settings.heartbeatPaused ?? true,
            expectedBlockTimeSec: settings.expectedBlockTimeSec ?? Computation.defaultExpectedBlockTimeSec
        )
    }
}
