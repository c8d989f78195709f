public import PalletBalances
public import PalletComputation
public import PalletStakePools
public import PalletSystem
public import PhalaPrimitives
public import RuntimeSupport

extension Runtime {
    /// The runtime's constants: the pallets' configurations and the block limits.
    ///
    /// | key | type | default |
    /// |---|---|---|
    /// | `slotDuration` | `UInt64` | 1000 ms (one block per second); `Timestamp.MinimumPeriod` is half |
    /// | `system` | `System.Configuration` | Phala's (SS58 prefix 30, 2400 block hashes) |
    /// | `balances` | `Balances.Configuration` | Phala's (existential deposit 0.01 PHA) |
    /// | `limits` | `BlockLimits` | 2 s of weight, 5 MiB of extrinsics, 75 % for normal transactions |
    /// | `computation` | `Computation.Configuration` | Phala's, except `checkWorkerRegisterTime` false |
    /// | `stakePools` | `StakePools.Configuration` | Phala's (min contribution 0.01 PHA, 7-day grace period, 200 workers a pool) |
    ///
    /// `checkWorkerRegisterTime` is off by default because a development network's one worker is also
    /// its gatekeeper and so registered before the gatekeepers launched; Phala switches it on.
    public struct Configuration: Sendable {
        /// The Aura slot length in milliseconds.
        public var slotDuration: UInt64
        /// System's constants.
        public var system: System.Configuration
        /// Balances' constants.
        public var balances: Balances.Configuration
        /// How much a block may hold.
        public var limits: BlockLimits
        /// Computation's constants.
        public var computation: Computation.Configuration
        /// The stake pools' constants.
        public var stakePools: StakePools.Configuration

        /// Creates the configuration with the development defaults.
        public init(
            slotDuration: UInt64 = 1_000,
            system: System.Configuration = .init(),
            balances: Balances.Configuration = .init(),
            limits: BlockLimits = .init(),
            computation: Computation.Configuration = .init(checkWorkerRegisterTime: false),
            stakePools: StakePools.Configuration = .init()
        ) {
            self.slotDuration = slotDuration
            self.system = system
            self.balances = balances
            self.limits = limits
            self.computation = computation
            self.stakePools = stakePools
        }
    }

    /// How much weight and length a block and an extrinsic may use (FRAME's `BlockWeights` and
    /// `BlockLength`, with `NORMAL_DISPATCH_RATIO`).
    ///
    /// | key | type | default |
    /// |---|---|---|
    /// | `maximumBlockWeight` | `Weight` | 2 s `ref_time`, unlimited proof size (a solo chain, as the node template) |
    /// | `maximumBlockLength` | `UInt32` | 5 MiB |
    /// | `normalRatio` | `Perbill` | 75 % of both for normal transactions |
    /// | `baseExtrinsicWeight` | `Weight` | 100 µs per extrinsic on top of its call |
    public struct BlockLimits: Sendable {
        /// The most weight a block may use, all classes together.
        public var maximumBlockWeight: Weight
        /// The most bytes of extrinsics a block may hold.
        public var maximumBlockLength: UInt32
        /// The share of weight and length normal transactions may use; operational ones may use all.
        public var normalRatio: Perbill
        /// The weight every extrinsic adds on top of its call.
        public var baseExtrinsicWeight: Weight

        /// Creates the limits.
        public init(
            maximumBlockWeight: Weight = Weight(refTime: 2 * Weight.refTimePerSecond, proofSize: .max),
            maximumBlockLength: UInt32 = 5 * 1024 * 1024,
            normalRatio: Perbill = Perbill(percent: 75),
            baseExtrinsicWeight: Weight = Weight(refTime: 100_000_000)
        ) {
            self.maximumBlockWeight = maximumBlockWeight
            self.maximumBlockLength = maximumBlockLength
            self.normalRatio = normalRatio
            self.baseExtrinsicWeight = baseExtrinsicWeight
        }

        /// The weight limit for `dispatchClass`: the normal share for normal calls, the whole block
        /// otherwise (mandatory calls are never refused).
        /// - Parameter dispatchClass: the class.
        /// - Returns: the limit.
        public func maximumWeight(for dispatchClass: DispatchClass) -> Weight {
            guard dispatchClass == .normal else { return maximumBlockWeight }
            return Weight(
                refTime: UInt64(normalRatio * UInt128(maximumBlockWeight.refTime)),
                proofSize: UInt64(normalRatio * UInt128(maximumBlockWeight.proofSize))
            )
        }

        /// The length limit for `dispatchClass`.
        /// - Parameter dispatchClass: the class.
        /// - Returns: the limit.
        public func maximumLength(for dispatchClass: DispatchClass) -> UInt32 {
            guard dispatchClass == .normal else { return maximumBlockLength }
            return UInt32(normalRatio * UInt128(maximumBlockLength))
        }
    }
}
