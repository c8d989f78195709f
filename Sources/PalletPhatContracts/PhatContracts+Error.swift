public import RuntimeSupport

extension PhatContracts {
    /// The pallet's errors at Phala's indices (the ones of calls not implemented yet have no case).
    public enum Error: UInt8, PalletError {
        /// The cluster does not exist.
        case clusterNotFound = 1
        /// The cluster's permission does not let this account deploy.
        case clusterPermissionDenied = 3
        /// A contract with the same id (deployer, code, cluster and salt) was already instantiated.
        case duplicatedContract = 4
        /// A worker is already in a cluster (a worker belongs to one cluster only).
        case duplicatedDeployment = 5
        /// `add_cluster` listed no worker.
        case noWorkerSpecified = 6
        /// A listed worker is not registered.
        case workerNotFound = 8
        /// The code is larger than `InkCodeSizeLimit`.
        case payloadTooLarge = 9
        /// No pink-system code was set, so no cluster can be created.
        case noPinkSystemCode = 10

        /// The case's name in metadata (Phala's spelling).
        public var name: String {
            switch self {
            case .clusterNotFound: "ClusterNotFound"
            case .clusterPermissionDenied: "ClusterPermissionDenied"
            case .duplicatedContract: "DuplicatedContract"
            case .duplicatedDeployment: "DuplicatedDeployment"
            case .noWorkerSpecified: "NoWorkerSpecified"
            case .workerNotFound: "WorkerNotFound"
            case .payloadTooLarge: "PayloadTooLarge"
            case .noPinkSystemCode: "NoPinkSystemCode"
            }
        }
    }
}
