import PhalaPrimitives
public import RuntimeSupport

extension PhatContracts {
    /// The pallet as clients see it: its storage items, calls, events and errors under `phat` (Phala's
    /// `phala_pallets::phat`).
    public var metadata: PalletMetadata {
        PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [
                    StorageEntryMetadata(
                        Storage.clusterCounter,
                        docs: ["The contract cluster counter, it always equals to the latest cluster id."]
                    ),
                    StorageEntryMetadata(Storage.clusters, docs: ["The clusters."]),
                    StorageEntryMetadata(Storage.contracts, docs: ["The deployer and cluster of each contract."]),
                    StorageEntryMetadata(Storage.clusterContracts, docs: ["The contracts of each cluster."]),
                    StorageEntryMetadata(Storage.clusterWorkers, docs: ["The workers of each cluster."]),
                    StorageEntryMetadata(Storage.clusterByWorkers, docs: ["The cluster of each worker."]),
                    StorageEntryMetadata(
                        Storage.pinkSystemCode,
                        docs: ["The pink-system contract code used to deploy new clusters"]
                    ),
                    StorageEntryMetadata(
                        Storage.pinkSystemCodeHash,
                        docs: ["The blake2_256 hash of the pink-system contract code."]
                    ),
                    StorageEntryMetadata(
                        Storage.pinkRuntimeVersion,
                        docs: ["The pink-runtime version used to deploy new clusters."]
                    ),
                ]
            ),
            calls: .of(Call.self),
            event: .of(Event.self),
            error: .of(Error.self)
        )
    }
}

extension PhatContracts.Call: TypeInfo {
    /// `phat::pallet::Call<T>` at Phala's call indices.
    public static var typeInfo: TypeDescription<TypeReference> {
        let balance = { (name: String) in TypeField<TypeReference>.named(name, Balance.self, "BalanceOf<T>") }
        let workerAndCluster: [TypeField<TypeReference>] = [
            .named("worker_pubkey", FixedBytes<32>.self, "WorkerPublicKey"),
            .named("cluster_id", H256.self, "ContractClusterId"),
        ]
        return .palletEnum(
            "phat",
            "Call",
            variants: [
                TypeVariant(
                    name: "add_cluster",
                    index: 0,
                    fields: [
                        .named("owner", AccountId32.self, "T::AccountId"),
                        .named("permission", ClusterPermission.self, "ClusterPermission<T::AccountId>"),
                        .named("deploy_workers", [FixedBytes<32>].self, "Vec<WorkerPublicKey>"),
                        balance("deposit"), balance("gas_price"), balance("deposit_per_item"),
                        balance("deposit_per_byte"), .named("treasury_account", AccountId32.self, "AccountId32"),
                    ]
                ),
                TypeVariant(
                    name: "cluster_upload_resource",
                    index: 1,
                    fields: [
                        .named("cluster_id", H256.self, "ContractClusterId"),
                        .named("resource_type", ResourceType.self, "ResourceType"),
                        .named("resource_data", [UInt8].self, "Vec<u8>"),
                    ]
                ),
                TypeVariant(
                    name: "transfer_to_cluster",
                    index: 2,
                    fields: [
                        balance("amount"), .named("cluster_id", H256.self, "ContractClusterId"),
                        .named("dest_account", AccountId32.self, "AccountId32"),
                    ]
                ),
                TypeVariant(
                    name: "push_contract_message",
                    index: 3,
                    fields: [
                        .named("contract_id", H256.self, "ContractId"), .named("payload", [UInt8].self, "Vec<u8>"),
                        balance("deposit"),
                    ]
                ),
                TypeVariant(
                    name: "instantiate_contract",
                    index: 4,
                    fields: [
                        .named("code_index", CodeIndex.self, "CodeIndex<CodeHash<T>>"),
                        .named("data", [UInt8].self, "Vec<u8>"), .named("salt", [UInt8].self, "Vec<u8>"),
                        .named("cluster_id", H256.self, "ContractClusterId"), balance("transfer"),
                        .named("gas_limit", UInt64.self, "u64"),
                        .named("storage_deposit_limit", Balance?.self, "Option<BalanceOf<T>>"), balance("deposit"),
                    ]
                ),
                TypeVariant(
                    name: "cluster_destroy",
                    index: 5,
                    fields: [.named("cluster", H256.self, "ContractClusterId")]
                ),
                TypeVariant(
                    name: "set_pink_system_code",
                    index: 6,
                    fields: [.named("code", [UInt8].self, "BoundedVec<u8, T::InkCodeSizeLimit>")]
                ),
                TypeVariant(
                    name: "set_pink_runtime_version",
                    index: 7,
                    fields: [.named("version", PinkRuntimeVersion.self, "(u32, u32)")]
                ),
                TypeVariant(name: "add_worker_to_cluster", index: 8, fields: workerAndCluster),
                TypeVariant(name: "remove_worker_from_cluster", index: 9, fields: workerAndCluster),
            ]
        )
    }
}

extension PhatContracts.Event: TypeInfo {
    /// `phat::pallet::Event<T>` with Phala's names and indices.
    public static var typeInfo: TypeDescription<TypeReference> {
        let cluster = TypeField<TypeReference>.named("cluster", H256.self, "ContractClusterId")
        let contract = TypeField<TypeReference>.named("contract", H256.self, "ContractId")
        let worker = TypeField<TypeReference>.named("worker", FixedBytes<32>.self, "WorkerPublicKey")
        let clusterKey = TypeField<TypeReference>.named("pubkey", FixedBytes<32>.self, "ClusterPublicKey")
        return .palletEnum(
            "phat",
            "Event",
            variants: [
                TypeVariant(
                    name: "ClusterCreated",
                    index: 0,
                    fields: [cluster, .named("system_contract", H256.self, "ContractId")]
                ),
                TypeVariant(name: "ClusterPubkeyAvailable", index: 1, fields: [cluster, clusterKey]),
                TypeVariant(name: "ClusterDeployed", index: 2, fields: [cluster, clusterKey, worker]),
                TypeVariant(name: "ClusterDeploymentFailed", index: 3, fields: [cluster, worker]),
                TypeVariant(
                    name: "Instantiating",
                    index: 4,
                    fields: [contract, cluster, .named("deployer", AccountId32.self, "T::AccountId")]
                ),
                TypeVariant(
                    name: "ContractPubkeyAvailable",
                    index: 5,
                    fields: [contract, cluster, .named("pubkey", FixedBytes<32>.self, "ContractPublicKey")]
                ),
                TypeVariant(
                    name: "Instantiated",
                    index: 6,
                    fields: [contract, cluster, .named("deployer", H256.self, "H256")]
                ),
                TypeVariant(name: "ClusterDestroyed", index: 7, fields: [cluster]),
                TypeVariant(
                    name: "Transfered",
                    index: 8,
                    fields: [
                        cluster, .named("account", H256.self, "H256"), .named("amount", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(name: "WorkerAddedToCluster", index: 9, fields: [worker, cluster]),
                TypeVariant(name: "WorkerRemovedFromCluster", index: 10, fields: [worker, cluster]),
            ]
        )
    }
}

extension PhatContracts.Error: TypeInfo {
    /// `phat::pallet::Error<T>` with every one of Phala's 13 errors, the two never raised included:
    /// scalecodec looks module errors up by position in this list, not by index.
    public static var typeInfo: TypeDescription<TypeReference> {
        let unraised: [UInt8: String] = [0: "CodeNotFound", 2: "ClusterNotDeployed"]
        let variants = (UInt8(0)...12).map { index in
            TypeVariant<TypeReference>(name: Self(rawValue: index)?.name ?? unraised[index] ?? "", index: index)
        }
        return .palletEnum("phat", "Error", variants: variants)
    }
}
