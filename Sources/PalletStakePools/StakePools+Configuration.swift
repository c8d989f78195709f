public import PhalaPrimitives

extension StakePools {
    /// The pallet's constants (FRAME's `Config` of `stake_pool_v2`, `vault` and `wrapped_balances`).
    ///
    /// Keys, types and defaults (Phala and Khala values, phala-facts.md §9):
    /// - `minContribution: Balance` = 0.01 PHA (`MinContribution`);
    /// - `gracePeriod: UInt64` = 604 800 s, 7 days (`GracePeriod`);
    /// - `vaultQueuePeriod: UInt64` = 1 814 400 s, 21 days (`VaultQueuePeriod`);
    /// - `maxPoolWorkers: Int` = 200 (`MaxPoolWorkers`);
    /// - `initialPriceCheckpoint: Balance` = 1 PHA (`InitialPriceCheckPoint`);
    /// - `subsidyAccount: AccountId32` = `"modlphala/pp"` + zeros, where rewards come from;
    /// - `wrappedBalancesAccount: AccountId32` = `"wpha/"` + zeros, which holds the PHA behind W-PHA.
    public struct Configuration: Sendable, Hashable {
        /// The smallest contribution to a stake pool or vault.
        public var minContribution: Balance
        /// How long a withdrawal may wait before the pool is forced to free stake, in seconds.
        public var gracePeriod: UInt64
        /// How long any vault withdrawal may wait before the vault is forced to withdraw, in seconds.
        public var vaultQueuePeriod: UInt64
        /// The most workers one stake pool may hold.
        public var maxPoolWorkers: Int
        /// A new vault's price checkpoint.
        public var initialPriceCheckpoint: Balance
        /// The computation subsidy pool that pays rewards.
        public var subsidyAccount: AccountId32
        /// The account holding the PHA that backs W-PHA.
        public var wrappedBalancesAccount: AccountId32

        /// Creates a configuration; every default is Phala's.
        public init(
            minContribution: Balance = Balance(planck: 10_000_000_000),
            gracePeriod: UInt64 = 7 * 24 * 3_600,
            vaultQueuePeriod: UInt64 = 21 * 24 * 3_600,
            maxPoolWorkers: Int = 200,
            initialPriceCheckpoint: Balance = .pha(1),
            subsidyAccount: AccountId32 = PoolAccounts.subsidyPool,
            wrappedBalancesAccount: AccountId32 = PoolAccounts.wrappedBalances
        ) {
            self.minContribution = minContribution
            self.gracePeriod = gracePeriod
            self.vaultQueuePeriod = vaultQueuePeriod
            self.maxPoolWorkers = maxPoolWorkers
            self.initialPriceCheckpoint = initialPriceCheckpoint
            self.subsidyAccount = subsidyAccount
            self.wrappedBalancesAccount = wrappedBalancesAccount
        }
    }
}
