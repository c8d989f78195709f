import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension System {
    /// System's storage items: the state layout on one screen (see `System` for what each holds).
    public enum Storage {
        /// The prefix every item below hashes first.
        static let pallet = System.name

        /// Every account's record.
        public static let account = StorageMap<AccountId32, AccountInfo>(
            pallet: pallet,
            name: "Account",
            hasher: .blake2_128Concat,
            default: AccountInfo()
        )
        /// How many extrinsics the block holds; written at the end of the block.
        public static let extrinsicCount = StorageValue<UInt32>(pallet: pallet, name: "ExtrinsicCount")
        /// The weight the block has consumed, per class.
        public static let blockWeight = StorageValue<PerDispatchClass<Weight>>(
            pallet: pallet,
            name: "BlockWeight",
            default: .zero
        )
        /// The total length of the block's extrinsics.
        public static let allExtrinsicsLength = StorageValue<UInt32>(pallet: pallet, name: "AllExtrinsicsLen")
        /// Hashes of recent blocks, and of block 0.
        public static let blockHash = StorageMap<BlockNumber, H256>(
            pallet: pallet,
            name: "BlockHash",
            hasher: .twox64Concat,
            default: .zero
        )
        /// The current block's number.
        public static let number = StorageValue<BlockNumber>(pallet: pallet, name: "Number", default: 0)
        /// The current block's parent hash.
        public static let parentHash = StorageValue<H256>(pallet: pallet, name: "ParentHash", default: .zero)
        /// The current block's digest, as the header carries it.
        public static let digest = StorageValue<[DigestItem]>(pallet: pallet, name: "Digest", default: [])
        /// The block's events, appended one record at a time (`Vec<EventRecord>`).
        public static let events = StorageLocation(pallet: pallet, item: "Events")
        /// How many events the block holds.
        public static let eventCount = StorageValue<UInt32>(pallet: pallet, name: "EventCount", default: 0)
        /// The runtime version of the last upgrade.
        public static let lastRuntimeUpgrade = StorageValue<LastRuntimeUpgrade>(
            pallet: pallet,
            name: "LastRuntimeUpgrade"
        )
        /// Whether reference counts are u32 (always true here).
        public static let upgradedToU32RefCount = StorageValue<Bool>(
            pallet: pallet,
            name: "UpgradedToU32RefCount",
            default: false
        )
        /// Whether accounts have three reference counts (always true here).
        public static let upgradedToTripleRefCount = StorageValue<Bool>(
            pallet: pallet,
            name: "UpgradedToTripleRefCount",
            default: false
        )
        /// The phase of the block being executed.
        public static let executionPhase = StorageValue<Phase>(pallet: pallet, name: "ExecutionPhase")
        /// The well-known key `:extrinsic_index`: the index of the extrinsic being applied (u32).
        public static let extrinsicIndexKey = Array(":extrinsic_index".utf8)
    }
}
