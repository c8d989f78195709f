import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension PhatContracts {
    /// The pallet's storage items, at Phala's names.
    public enum Storage {
        /// How many clusters were created, which is the latest cluster's id (ids start at 1; 0 is no cluster).
        public static let clusterCounter = StorageValue<UInt64>(
            pallet: PhatContracts.name,
            name: "ClusterCounter",
            default: 0
        )
        /// The clusters' records.
        public static let clusters = StorageMap<H256, ClusterInfo>(
            pallet: PhatContracts.name,
            name: "Clusters",
            hasher: .twox64Concat
        )
        /// The workers of each cluster.
        public static let clusterWorkers = StorageMap<H256, [FixedBytes<32>]>(
            pallet: PhatContracts.name,
            name: "ClusterWorkers",
            hasher: .twox64Concat,
            default: []
        )
        /// The one cluster each worker belongs to; `removedWorkersCluster` (the zero id) once removed.
        public static let clusterByWorkers = StorageMap<FixedBytes<32>, H256>(
            pallet: PhatContracts.name,
            name: "ClusterByWorkers",
            hasher: .twox64Concat
        )
        /// The contracts each cluster reported instantiated, in report order.
        public static let clusterContracts = StorageMap<H256, [H256]>(
            pallet: PhatContracts.name,
            name: "ClusterContracts",
            hasher: .twox64Concat,
            default: []
        )
        /// The deployer and cluster of each contract.
        public static let contracts = StorageMap<H256, BasicContractInfo>(
            pallet: PhatContracts.name,
            name: "Contracts",
            hasher: .twox64Concat
        )
        /// The pink-system contract code new clusters deploy, with its version.
        public static let pinkSystemCode = StorageValue<PinkSystemCode>(
            pallet: PhatContracts.name,
            name: "PinkSystemCode",
            default: PinkSystemCode(version: 0, code: [])
        )
        /// The pink runtime version of new clusters; absent until governance sets it.
        public static let pinkRuntimeVersion = StorageValue<PinkRuntimeVersion>(
            pallet: PhatContracts.name,
            name: "PinkRuntimeVersion"
        )
        /// The blake2-256 hash of the pink-system code; absent until governance sets the code.
        public static let pinkSystemCodeHash = StorageValue<H256>(
            pallet: PhatContracts.name,
            name: "PinkSystemCodeHash"
        )
    }

    /// The largest ink! code accepted, 2 MiB (Phala's `InkCodeSizeLimit`).
    public static let inkCodeSizeLimit = 2 * 1024 * 1024
    /// The largest SideVM program accepted, 8 MiB (Phala's `SidevmCodeSizeLimit`).
    public static let sidevmCodeSizeLimit = 8 * 1024 * 1024
}
