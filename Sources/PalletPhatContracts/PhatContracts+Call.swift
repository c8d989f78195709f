public import PhalaPrimitives
public import RuntimeSupport

extension PhatContracts {
    /// The pallet's calls at Phala's `PhalaPhatContracts` call indices (10, `cleanup_removed_workers`, a
    /// fix for one of Phala's migrations, is not implemented and decodes as unknown).
    public enum Call: PalletCall {
        /// Index 0, `add_cluster{owner, permission, deploy_workers, deposit, gas_price, deposit_per_item,
        /// deposit_per_byte, treasury_account}` (root): create a cluster run by `deployWorkers`.
        case addCluster(
            owner: AccountId32,
            permission: ClusterPermission,
            deployWorkers: [FixedBytes<32>],
            deposit: Balance,
            gasPrice: Balance,
            depositPerItem: Balance,
            depositPerByte: Balance,
            treasuryAccount: AccountId32
        )
        /// Index 1, `cluster_upload_resource{cluster_id, resource_type, resource_data}` (signed, by an
        /// account the cluster's permission allows): hand code to the cluster's workers.
        case clusterUploadResource(clusterId: H256, resourceType: ResourceType, resourceData: [UInt8])
        /// Index 2, `transfer_to_cluster{amount, cluster_id, dest_account}` (signed): move PHA into a
        /// cluster, credited to `destAccount` there.
        case transferToCluster(amount: Balance, clusterId: H256, destAccount: AccountId32)
        /// Index 3, `push_contract_message{contract_id, payload, deposit}` (signed): send `payload` to the
        /// contract's command topic from the sender's account, first moving `deposit` into its cluster
        /// for the sender.
        case pushContractMessage(contractId: H256, payload: [UInt8], deposit: Balance)
        /// Index 4, `instantiate_contract{code_index, data, salt, cluster_id, transfer, gas_limit,
        /// storage_deposit_limit, deposit}` (signed): ask the cluster's workers to instantiate a contract,
        /// first moving `deposit` into the cluster for the deployer.
        case instantiateContract(
            codeIndex: CodeIndex,
            data: [UInt8],
            salt: [UInt8],
            clusterId: H256,
            transfer: Balance,
            gasLimit: UInt64,
            storageDepositLimit: Balance?,
            deposit: Balance
        )
        /// Index 5, `cluster_destroy{cluster}` (root): forget the cluster and tell its workers to drop it.
        case clusterDestroy(cluster: H256)
        /// Index 6, `set_pink_system_code{code}` (root): the system contract code of new clusters.
        case setPinkSystemCode(code: [UInt8])
        /// Index 7, `set_pink_runtime_version{version}` (root): the pink runtime version of new clusters.
        case setPinkRuntimeVersion(version: PinkRuntimeVersion)
        /// Index 8, `add_worker_to_cluster{worker_pubkey, cluster_id}` (signed, by the cluster's owner):
        /// record a registered, cluster-less worker as the cluster's.
        case addWorkerToCluster(workerPubkey: FixedBytes<32>, clusterId: H256)
        /// Index 9, `remove_worker_from_cluster{worker_pubkey, cluster_id}` (signed, by the cluster's
        /// owner): the worker leaves the cluster for good.
        case removeWorkerFromCluster(workerPubkey: FixedBytes<32>, clusterId: H256)

        /// The call's name in metadata.
        public var name: String {
            switch self {
            case .addCluster: "add_cluster"
            case .clusterUploadResource: "cluster_upload_resource"
            case .transferToCluster: "transfer_to_cluster"
            case .pushContractMessage: "push_contract_message"
            case .instantiateContract: "instantiate_contract"
            case .clusterDestroy: "cluster_destroy"
            case .setPinkSystemCode: "set_pink_system_code"
            case .setPinkRuntimeVersion: "set_pink_runtime_version"
            case .addWorkerToCluster: "add_worker_to_cluster"
            case .removeWorkerFromCluster: "remove_worker_from_cluster"
            }
        }

        /// The call's index.
        public var index: UInt8 {
            switch self {
            case .addCluster: 0
            case .clusterUploadResource: 1
            case .transferToCluster: 2
            case .pushContractMessage: 3
            case .instantiateContract: 4
            case .clusterDestroy: 5
            case .setPinkSystemCode: 6
            case .setPinkRuntimeVersion: 7
            case .addWorkerToCluster: 8
            case .removeWorkerFromCluster: 9
            }
        }

        /// Governance calls are operational; the users' calls are normal.
        public var dispatchInfo: DispatchInfo {
            switch self {
            case .addCluster, .setPinkSystemCode, .setPinkRuntimeVersion, .clusterDestroy:
                DispatchInfo(weight: Weight(refTime: 50_000_000, proofSize: 4_000), dispatchClass: .operational)
            case .clusterUploadResource, .transferToCluster, .pushContractMessage, .instantiateContract,
                .addWorkerToCluster, .removeWorkerFromCluster:
                DispatchInfo(weight: Weight(refTime: 50_000_000, proofSize: 4_000))
            }
        }
    }

    /// Dispatches one of the pallet's calls.
    ///
    /// Failure conditions: `add_cluster`, `cluster_destroy`, `set_pink_system_code` and `set_pink_runtime_version` from
    /// any origin but root, the others unsigned — `.badOrigin`. `add_cluster` with no worker — `NoWorkerSpecified`,
    /// with an unregistered worker — `WorkerNotFound`, with a worker already in (or removed from) a cluster or listed
    /// twice — `DuplicatedDeployment`, before any system code — `NoPinkSystemCode`, when the owner cannot pay the
    /// deposit and stay alive — Balances' error. `set_pink_system_code` with more than `inkCodeSizeLimit` bytes —
    /// `PayloadTooLarge`. `transfer_to_cluster` beyond the sender's free balance — Balances' error.
    /// `cluster_upload_resource` and `instantiate_contract` in an unknown cluster — `ClusterNotFound`, by an account
    /// the cluster's permission excludes — `ClusterPermissionDenied`; an upload above its type's limit —
    /// `PayloadTooLarge`; an instantiation of a contract id already taken — `DuplicatedContract`, with a deposit the
    /// sender cannot pay — Balances' error. `push_contract_message` with a deposit to an unknown contract —
    /// `ContractNotFound`. `cluster_destroy` of an unknown cluster — `ClusterNotFound`. `add_worker_to_cluster` and
    /// `remove_worker_from_cluster` for an unknown cluster — `ClusterNotFound`, by anyone but its owner —
    /// `ClusterPermissionDenied`; adding an unregistered worker — `WorkerNotFound`, one in (or removed from) a cluster
    /// — `WorkerIsBusy`; removing a worker not in this cluster — `WorkerNotFound`.
    /// - Parameters:
    ///   - call: the call.
    ///   - origin: who makes it.
    ///   - state: the block's state.
    /// - Throws: `DispatchError` as listed above.
    public func dispatch(_ call: Call, origin: Origin, in state: inout Overlay) throws(DispatchError) {
        switch call {
        case .addCluster(
            let owner,
            let permission,
            let deployWorkers,
            let deposit,
            let gasPrice,
            let depositPerItem,
            let depositPerByte,
            let treasuryAccount
        ):
            try origin.ensureRoot()
            try addCluster(
                ClusterInfo(
                    owner: owner,
                    permission: permission,
                    systemContract: H256(.zero),
                    gasPrice: gasPrice.planck,
                    depositPerItem: depositPerItem.planck,
                    depositPerByte: depositPerByte.planck
                ),
                workers: deployWorkers,
                deposit: deposit,
                treasuryAccount: treasuryAccount,
                in: &state
            )
        case .clusterUploadResource(let cluster, let type, let data):
            try uploadResource(data, of: type, to: cluster, from: try origin.ensureSigned(), in: &state)
        case .transferToCluster(let amount, let cluster, let account):
            try transferToCluster(amount, from: try origin.ensureSigned(), cluster: cluster, to: account, in: &state)
        case .pushContractMessage(let contract, let payload, let deposit):
            try pushContractMessage(
                payload,
                to: contract,
                deposit: deposit,
                from: try origin.ensureSigned(),
                in: &state
            )
        case .instantiateContract(
            let code,
            let data,
            let salt,
            let cluster,
            let transfer,
            let gas,
            let limit,
            let deposit
        ):
            let contract = ContractInfo(
                deployer: try origin.ensureSigned(),
                codeIndex: code,
                salt: salt,
                clusterId: cluster,
                instantiateData: data
            )
            try instantiate(
                contract,
                transfer: transfer,
                gasLimit: gas,
                storageDepositLimit: limit,
                deposit: deposit,
                in: &state
            )
        case .clusterDestroy(let cluster):
            try origin.ensureRoot()
            try destroyCluster(cluster, in: &state)
        case .setPinkSystemCode(let code):
            try origin.ensureRoot()
            try setPinkSystemCode(code, in: &state)
        case .setPinkRuntimeVersion(let version):
            try origin.ensureRoot()
            Storage.pinkRuntimeVersion.set(version, in: &state)
        case .addWorkerToCluster(let worker, let cluster):
            try addWorker(worker, to: cluster, by: try origin.ensureSigned(), in: &state)
        case .removeWorkerFromCluster(let worker, let cluster):
            try removeWorker(worker, from: cluster, by: try origin.ensureSigned(), in: &state)
        }
    }
}
