import PhalaCrypto
public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

extension Registry {
    /// Registry's storage items, at Phala's names.
    public enum Storage {
        /// Registered workers by public key.
        public static let workers = StorageMap<FixedBytes<32>, WorkerInfo>(
            pallet: Registry.name,
            name: "Workers",
            hasher: .twox64Concat
        )
        /// The block in which each worker first registered.
        public static let workerAddedAt = StorageMap<FixedBytes<32>, BlockNumber>(
            pallet: Registry.name,
            name: "WorkerAddedAt",
            hasher: .twox64Concat
        )
        /// The measurements of accepted pRuntime builds.
        public static let pruntimeAllowList = StorageValue<[[UInt8]]>(
            pallet: Registry.name,
            name: "PRuntimeAllowList",
            default: []
        )
        /// Whether software TEE reports are accepted (development chains only).
        public static let softwareTEEEnabled = StorageValue<Bool>(
            pallet: Registry.name,
            name: "SoftwareTEEEnabled",
            default: false
        )
        /// Whether Intel DCAP quotes (SGX and TDX) are accepted.
        public static let dcapEnabled = StorageValue<Bool>(
            pallet: Registry.name,
            name: "DcapEnabled",
            default: false
        )
        /// The ed25519 platform keys whose software TEE reports are trusted.
        public static let softwareTEEPlatformKeys = StorageValue<[FixedBytes<32>]>(
            pallet: Registry.name,
            name: "SoftwareTEEPlatformKeys",
            default: []
        )
        /// How many blocks a worker's benchmark runs; set at genesis (Phala's `OptionQuery`: absent
        /// reads as 0).
        public static let benchmarkDuration = StorageValue<UInt32>(pallet: Registry.name, name: "BenchmarkDuration")
        /// The gatekeepers' public keys, in registration order.
        public static let gatekeeper = StorageValue<[FixedBytes<32>]>(
            pallet: Registry.name,
            name: "Gatekeeper",
            default: []
        )
        /// The gatekeepers' master public key, once the first gatekeeper published it.
        public static let gatekeeperMasterPubkey = StorageValue<FixedBytes<32>>(
            pallet: Registry.name,
            name: "GatekeeperMasterPubkey"
        )
        /// The block and Unix time (seconds) at which the master public key first reached the chain.
        public static let gatekeeperLaunchedAt = StorageValue<GatekeeperLaunchMoment>(
            pallet: Registry.name,
            name: "GatekeeperLaunchedAt"
        )
        /// The latest rotation's id (0 before any; the first rotation is 1).
        public static let rotationCounter = StorageValue<UInt64>(
            pallet: Registry.name,
            name: "RotationCounter",
            default: 0
        )
        /// The rotation in progress, if any (Phala's `ValueQuery` of `Option<u64>`).
        public static let masterKeyRotationLock = StorageValue<UInt64?>(
            pallet: Registry.name,
            name: "MasterKeyRotationLock",
            default: .some(nil)
        )
        /// Registered workers' endpoints, as they last signed them.
        public static let endpoints = StorageMap<FixedBytes<32>, VersionedWorkerEndpoints>(
            pallet: Registry.name,
            name: "Endpoints",
            hasher: .twox64Concat
        )
        /// The sr25519 public key of each cluster, which signs `MessageOrigin.cluster` messages (Phat
        /// Contracts records it when the gatekeepers announce it).
        public static let clusterKeys = StorageMap<H256, FixedBytes<32>>(
            pallet: Registry.name,
            name: "ClusterKeys",
            hasher: .twox64Concat
        )
        /// The sr25519 public key of each contract, which signs `MessageOrigin.contract` messages (Phat
        /// Contracts records it when the contract's cluster reports the instantiation).
        public static let contractKeys = StorageMap<H256, FixedBytes<32>>(
            pallet: Registry.name,
            name: "ContractKeys",
            hasher: .twox64Concat
        )
    }
}
