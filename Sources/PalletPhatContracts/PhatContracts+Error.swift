public import RuntimeSupport

extension PhatContracts {
    /// The pallet's errors at Phala's indices (`CodeNotFound`, 0, and `ClusterNotDeployed`, 2, are never
    /// raised, in Phala either, and have no case).
    public enum Error: UInt8, PalletError {
        /// The cluster does not exist.
        case clusterNotFound = 1
        /// The cluster's permission does not let this account deploy or upload, or the account is not
        /// the cluster's owner.
        case clusterPermissionDenied = 3
        /// A contract with the same id (deployer, code, cluster and salt) was already instantiated.
        case duplicatedContract = 4
        /// A worker is already in a cluster (a worker belongs to one cluster only).
        case duplicatedDeployment = 5
        /// `add_cluster` listed no worker.
        case noWorkerSpecified = 6
        /// A message came from an origin that may not send it.
        case invalidSender = 7
        /// A listed worker is not registered, or not in the cluster it should leave.
        case workerNotFound = 8
        /// The code is larger than the limit of its kind.
        case payloadTooLarge = 9
        /// No pink-system code was set, so no cluster can be created.
        case noPinkSystemCode = 10
        /// The contract is not known to the chain.
        case contractNotFound = 11
        /// The worker already belongs to a cluster, or was removed from one.
        case workerIsBusy = 12

        /// The case's name in metadata (Phala's spelling).
        public var name: String {
            switch self {
            case .clusterNotFound: "ClusterNotFound"
            case .clusterPermissionDenied: "ClusterPermissionDenied"
            case .duplicatedContract: "DuplicatedContract"
            case .duplicatedDeployment: "DuplicatedDeployment"
            case .noWorkerSpecified: "NoWorkerSpecified"
            case .invalidSender: "InvalidSender"
            case .workerNotFound: "WorkerNotFound"
            case .payloadTooLarge: "PayloadTooLarge"
            case .noPinkSystemCode: "NoPinkSystemCode"
            case .contractNotFound: "ContractNotFound"
            case .workerIsBusy: "WorkerIsBusy"
            }
        }
    }
}
