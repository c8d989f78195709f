import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE
public import Tokenomics

extension Computation {
    /// Computation's storage items, at Phala's names.
    public enum Storage {
        /// The live tokenomic parameters; absent until genesis writes them.
        public static let tokenomicParameters = StorageValue<TokenomicParameters>(
            pallet: Computation.name,
            name: "TokenomicParameters"
        )
        /// Parameters `update_tokenomic` scheduled for the end of this block.
        public static let scheduledTokenomicUpdate = StorageValue<TokenomicParameters>(
            pallet: Computation.name,
            name: "ScheduledTokenomicUpdate"
        )
        /// Computing sessions (Idle or Unresponsive).
        public static let onlineWorkers = StorageValue<UInt32>(
            pallet: Computation.name,
            name: "OnlineWorkers",
            default: 0
        )
        /// Heartbeats wanted per block; `defaultExpectedHeartbeatCount` when absent (no setter, as in Phala).
        public static let expectedHeartbeatCount = StorageValue<UInt32>(
            pallet: Computation.name,
            name: "ExpectedHeartbeatCount"
        )
        /// Whether heartbeat challenges are off; true until governance turns them on.
        public static let heartbeatPaused = StorageValue<Bool>(
            pallet: Computation.name,
            name: "HeartbeatPaused",
            default: true
        )
        /// Sessions' computing records.
        public static let sessions = StorageMap<AccountId32, SessionInfo>(
            pallet: Computation.name,
            name: "Sessions",
            hasher: .twox64Concat
        )
        /// The worker bound to each session.
        public static let sessionBindings = StorageMap<AccountId32, FixedBytes<32>>(
            pallet: Computation.name,
            name: "SessionBindings",
            hasher: .twox64Concat
        )
        /// The session each worker is bound to.
        public static let workerBindings = StorageMap<FixedBytes<32>, AccountId32>(
            pallet: Computation.name,
            name: "WorkerBindings",
            hasher: .twox64Concat
        )
        /// How long a stopped session cools down before its stake can be reclaimed, in seconds.
        public static let coolDownPeriod = StorageValue<UInt64>(
            pallet: Computation.name,
            name: "CoolDownPeriod",
            default: 0
        )
        /// The id the next started session gets.
        public static let nextSessionId = StorageValue<UInt32>(
            pallet: Computation.name,
            name: "NextSessionId",
            default: 0
        )
        /// The stake of each computing or cooling-down session.
        public static let stakes = StorageMap<AccountId32, Balance>(
            pallet: Computation.name,
            name: "Stakes",
            hasher: .twox64Concat
        )
        /// The block time `pow_target` assumes, in seconds (ours: Phala's `ExpectedBlockTimeSec` is a
        /// runtime constant, 12 on Phala and Khala; here the chain spec chooses it). It caps the
        /// challenges at two per worker-hour of `3600 / ExpectedBlockTimeSec` blocks, so a larger value
        /// challenges a small network more often.
        public static let expectedBlockTimeSec = StorageValue<UInt32>(
            pallet: Computation.name,
            name: "ExpectedBlockTimeSec",
            default: defaultExpectedBlockTimeSec
        )
    }

    /// `ExpectedBlockTimeSec` when the item is absent: Phala's and Khala's 12 s.
    public static let defaultExpectedBlockTimeSec: UInt32 = 12

    /// `ExpectedHeartbeatCount` when the item is absent (Phala's `DEFAULT_EXPECTED_HEARTBEAT_COUNT`).
    public static let defaultExpectedHeartbeatCount: UInt32 = 20
}
