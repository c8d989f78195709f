import Attestation
import PhalaPrimitives
public import RuntimeSupport

extension Registry {
    /// Registry as clients see it: its storage items, calls, events and errors under `pallet_registry`.
    public var metadata: PalletMetadata {
        PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [
                    StorageEntryMetadata(Storage.workers, docs: ["Registered workers by public key."]),
                    StorageEntryMetadata(Storage.workerAddedAt, docs: ["The block each worker first registered in."]),
                    StorageEntryMetadata(Storage.pruntimeAllowList, docs: ["Accepted pRuntime measurements."]),
                    StorageEntryMetadata(Storage.softwareTEEEnabled, docs: ["Whether software TEE reports count."]),
                    StorageEntryMetadata(Storage.dcapEnabled, docs: ["Whether Intel DCAP quotes count."]),
                    StorageEntryMetadata(Storage.softwareTEEPlatformKeys, docs: ["Trusted software platform keys."]),
                    StorageEntryMetadata(
                        Storage.benchmarkDuration,
                        docs: ["The number of blocks to run the benchmark."]
                    ),
                    StorageEntryMetadata(Storage.gatekeeper, docs: ["The gatekeepers' public keys."]),
                    StorageEntryMetadata(Storage.gatekeeperMasterPubkey, docs: ["The master public key."]),
                    StorageEntryMetadata(
                        Storage.gatekeeperLaunchedAt,
                        docs: ["The block number and unix timestamp when the gatekeeper is launched."]
                    ),
                    StorageEntryMetadata(Storage.rotationCounter, docs: ["The latest master key rotation id."]),
                    StorageEntryMetadata(Storage.masterKeyRotationLock, docs: ["The rotation in progress."]),
                    StorageEntryMetadata(Storage.endpoints, docs: ["Workers' signed endpoints."]),
                    StorageEntryMetadata(Storage.contractKeys, docs: ["The public key of each contract."]),
                    StorageEntryMetadata(Storage.clusterKeys, docs: ["The public key of each cluster."]),
                ]
            ),
            calls: .of(Call.self),
            event: .of(Event.self),
            error: .of(Error.self)
        )
    }
}

extension Registry.Call: TypeInfo {
    /// `pallet_registry::pallet::Call<T>` at Phala's `PhalaRegistry` call indices.
    public static var typeInfo: TypeDescription<TypeReference> {
        let hash = TypeField<TypeReference>.named("pruntime_hash", [UInt8].self, "Vec<u8>")
        return .palletEnum(
            "pallet_registry",
            "Call",
            variants: [
                TypeVariant(
                    name: "register_gatekeeper",
                    index: 3,
                    fields: [.named("gatekeeper", FixedBytes<32>.self, "WorkerPublicKey")]
                ),
                TypeVariant(
                    name: "register_worker_v2",
                    index: 7,
                    fields: [
                        .named("pruntime_info", WorkerRegistrationInfo.self, "WorkerRegistrationInfoV2<T::AccountId>"),
                        .named("attestation", AttestationReport?.self, "Box<Option<AttestationReport>>"),
                    ]
                ),
                TypeVariant(
                    name: "update_worker_endpoint",
                    index: 8,
                    fields: [
                        .named("endpoint_payload", WorkerEndpointPayload.self, "WorkerEndpointPayload"),
                        .named("signature", [UInt8].self, "Vec<u8>"),
                    ]
                ),
                TypeVariant(
                    name: "unregister_gatekeeper",
                    index: 4,
                    fields: [.named("gatekeeper", FixedBytes<32>.self, "WorkerPublicKey")]
                ),
                TypeVariant(name: "rotate_master_key", index: 5),
                TypeVariant(name: "add_pruntime", index: 9, fields: [hash]),
                TypeVariant(name: "remove_pruntime", index: 10, fields: [hash]),
                TypeVariant(
                    name: "set_software_tee_enabled",
                    index: 100,
                    fields: [.named("enabled", Bool.self, "bool")]
                ),
                TypeVariant(name: "set_dcap_enabled", index: 101, fields: [.named("enabled", Bool.self, "bool")]),
            ]
        )
    }
}

extension Registry.Event: TypeInfo {
    /// `pallet_registry::pallet::Event<T>` with Phala's names.
    public static var typeInfo: TypeDescription<TypeReference> {
        let pubkey = TypeField<TypeReference>.named("pubkey", FixedBytes<32>.self, "WorkerPublicKey")
        let worker: [TypeField<TypeReference>] = [
            pubkey, .named("attestation_provider", AttestationProvider?.self, "Option<AttestationProvider>"),
            .named("confidence_level", UInt8.self, "u8"),
        ]
        let rotationID = TypeField<TypeReference>.named("rotation_id", UInt64.self, "u64")
        let masterPubkey = TypeField<TypeReference>.named("master_pubkey", FixedBytes<32>.self, "MasterPublicKey")
        return .palletEnum(
            "pallet_registry",
            "Event",
            variants: [
                TypeVariant(name: "GatekeeperAdded", index: 0, fields: [pubkey]),
                TypeVariant(name: "WorkerAdded", index: 1, fields: worker),
                TypeVariant(name: "WorkerUpdated", index: 2, fields: worker),
                TypeVariant(name: "GatekeeperRemoved", index: 3, fields: [pubkey]),
                TypeVariant(name: "MasterKeyRotated", index: 4, fields: [rotationID, masterPubkey]),
                TypeVariant(
                    name: "MasterKeyRotationFailed",
                    index: 5,
                    fields: [
                        .named("rotation_lock", UInt64?.self, "Option<u64>"),
                        .named("gatekeeper_rotation_id", UInt64.self, "u64"),
                    ]
                ),
                TypeVariant(
                    name: "InitialScoreSet",
                    index: 6,
                    fields: [pubkey, .named("init_score", UInt32.self, "u32")]
                ),
                TypeVariant(name: "GatekeeperLaunched", index: 7),
                TypeVariant(name: "MasterKeyRotationStarted", index: 8, fields: [rotationID]),
            ]
        )
    }
}

extension Registry.Error: TypeInfo {
    /// `pallet_registry::pallet::Error<T>`, in index order.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum("pallet_registry", "Error", variants: variants(named: \.name))
    }
}
