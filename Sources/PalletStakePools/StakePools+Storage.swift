import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension StakePools {
    /// The pallet's storage items (prefix `"PhalaStakePoolv2"`), at Phala's names where Phala has them.
    public enum Storage {
        /// Pools by pid: stake pools and vaults, with their withdraw queues but not their holdings (`Pools`).
        public static let pools = StorageMap<UInt64, PoolProxy>(
            pallet: StakePools.name,
            name: "Pools",
            hasher: .twox64Concat
        )
        /// Each staker's shares in each pool, by (pid, account): Phala's merged share NFT reduced to its
        /// `shares`. An entry exists once the account held shares there, possibly 0 after a full withdrawal.
        public static let shareHoldings = StorageDoubleMap<UInt64, AccountId32, Balance>(
            pallet: StakePools.name,
            name: "ShareHoldings",
            hasher1: .twox64Concat,
            hasher2: .blake2_128Concat
        )
        /// How many pools exist; the next pid (`PoolCount`).
        public static let poolCount = StorageValue<UInt64>(pallet: StakePools.name, name: "PoolCount", default: 0)
        /// The next collection id, counted from 10 000 (`CollectionIndex`, `RESERVE_CID_START`).
        public static let collectionIndex = StorageValue<UInt32>(
            pallet: StakePools.name,
            name: "CollectionIndex",
            default: 10_000
        )
        /// The pool each added worker belongs to (`WorkerAssignments`).
        public static let workerAssignments = StorageMap<FixedBytes<32>, UInt64>(
            pallet: StakePools.name,
            name: "WorkerAssignments",
            hasher: .twox64Concat
        )
        /// The (pid, worker) behind each session sub-account, for clients (`SubAccountPreimages`).
        public static let subAccountPreimages = StorageMap<AccountId32, SubAccountPreimage>(
            pallet: StakePools.name,
            name: "SubAccountPreimages",
            hasher: .twox64Concat
        )
        /// The accounts allowed to contribute to a pool, when the owner set a whitelist.
        public static let poolContributionWhitelists = StorageMap<UInt64, [AccountId32]>(
            pallet: StakePools.name,
            name: "PoolContributionWhitelists",
            hasher: .twox64Concat
        )
        /// The vaults force-shut down: their owner may not contribute or withdraw as the vault (`VaultLocks`).
        public static let vaultLocks = StorageMap<UInt64, Empty>(
            pallet: StakePools.name,
            name: "VaultLocks",
            hasher: .twox64Concat
        )
        /// W-PHA balances (the `pallet_assets` account of asset `WPhaAssetId`).
        public static let wrappedBalances = StorageMap<AccountId32, Balance>(
            pallet: StakePools.name,
            name: "WrappedBalances",
            hasher: .blake2_128Concat
        )
        /// All W-PHA in existence; always equal to the PHA of the backing account less `UnmintableDust`.
        public static let wrappedIssuance = StorageValue<Balance>(
            pallet: StakePools.name,
            name: "WrappedIssuance",
            default: .zero
        )
        /// The W-PHA minimum balance: a mint that would leave an empty account below it is refused.
        public static let wrappedMinBalance = StorageValue<Balance>(
            pallet: StakePools.name,
            name: "WrappedMinBalance",
            default: .zero
        )
        /// Reward PHA that reached the backing account but could not be minted as W-PHA (`UnmintableDust`).
        public static let unmintableDust = StorageValue<Balance>(
            pallet: StakePools.name,
            name: "UnmintableDust",
            default: .zero
        )
    }
}
