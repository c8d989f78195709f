public import PhalaPrimitives
public import RuntimeSupport
import SCALE

extension System {
    /// System as clients see it (substrate-rpc.md §5.4): its storage, calls, events, constants and
    /// errors, with frame-system's names and indices.
    /// - Parameter runtimeEvent: the runtime's outer event enum, the `E` of `System.Events`' records.
    /// - Returns: the pallet's metadata.
    public func metadata(runtimeEvent: TypeReference) -> PalletMetadata {
        PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [
                    StorageEntryMetadata(
                        Storage.account,
                        docs: ["The full account information for a particular account ID."]
                    ),
                    StorageEntryMetadata(
                        Storage.extrinsicCount,
                        docs: ["Total extrinsics count for the current block."]
                    ),
                    StorageEntryMetadata(Storage.blockWeight, docs: ["The current weight for the block."]),
                    StorageEntryMetadata(
                        Storage.allExtrinsicsLength,
                        docs: ["Total length (in bytes) for all extrinsics put together, for the current block."]
                    ),
                    StorageEntryMetadata(Storage.blockHash, docs: ["Map of block numbers to block hashes."]),
                    StorageEntryMetadata(Storage.number, docs: ["The current block number being processed."]),
                    StorageEntryMetadata(Storage.parentHash, docs: ["Hash of the previous block."]),
                    StorageEntryMetadata(
                        Storage.digest,
                        type: .digest,
                        docs: ["Digest of the current block, also part of the block header."]
                    ),
                    StorageEntryMetadata(
                        name: Storage.events.item,
                        modifier: .default([0]),  // an empty `Vec`
                        kind: .plain(.sequence(of: .eventRecord(event: runtimeEvent, topic: .of(H256.self)))),
                        docs: ["Events deposited for the current block."]
                    ),
                    StorageEntryMetadata(Storage.eventCount, docs: ["The number of events in the `Events<T>` list."]),
                    StorageEntryMetadata(
                        Storage.lastRuntimeUpgrade,
                        docs: ["Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened."]
                    ),
                    StorageEntryMetadata(Storage.upgradedToU32RefCount),
                    StorageEntryMetadata(Storage.upgradedToTripleRefCount),
                    StorageEntryMetadata(Storage.executionPhase, docs: ["The execution phase of the block."]),
                ]
            ),
            calls: .of(Call.self),
            event: .of(Event.self),
            constants: [
                PalletConstantMetadata(
                    name: "BlockHashCount",
                    value: configuration.blockHashCount,
                    docs: ["Maximum number of block number to block hash mappings to keep (oldest pruned first)."]
                ),
                PalletConstantMetadata(
                    name: "SS58Prefix",
                    value: configuration.ss58Prefix,
                    docs: ["The designated SS58 prefix of this chain."]
                ),
            ],
            error: .of(Error.self)
        )
    }
}

extension System.Call: TypeInfo {
    /// `frame_system::pallet::Call<T>`: `remark` = 0 and `remark_with_event` = 7.
    public static var typeInfo: TypeDescription<TypeReference> {
        let remark = TypeField<TypeReference>.named("remark", [UInt8].self, "Vec<u8>")
        return .palletEnum(
            "frame_system",
            "Call",
            variants: [
                TypeVariant(name: "remark", index: 0, fields: [remark], docs: ["Make some on-chain remark."]),
                TypeVariant(
                    name: "remark_with_event",
                    index: 7,
                    fields: [remark],
                    docs: ["Make some on-chain remark and emit event."]
                ),
            ]
        )
    }
}

extension System.Event: TypeInfo {
    /// `frame_system::pallet::Event<T>` with the variants this runtime emits.
    public static var typeInfo: TypeDescription<TypeReference> {
        let info = TypeField<TypeReference>.named("dispatch_info", DispatchInfo.self, "DispatchInfo")
        let account = TypeField<TypeReference>.named("account", AccountId32.self, "T::AccountId")
        return .palletEnum(
            "frame_system",
            "Event",
            variants: [
                TypeVariant(name: "ExtrinsicSuccess", index: 0, fields: [info]),
                TypeVariant(
                    name: "ExtrinsicFailed",
                    index: 1,
                    fields: [.named("dispatch_error", DispatchError.self, "DispatchError"), info]
                ),
                TypeVariant(name: "NewAccount", index: 3, fields: [account]),
                TypeVariant(name: "KilledAccount", index: 4, fields: [account]),
                TypeVariant(
                    name: "Remarked",
                    index: 5,
                    fields: [.named("sender", AccountId32.self, "T::AccountId"), .named("hash", H256.self, "T::Hash")]
                ),
            ]
        )
    }
}

extension System.Error: TypeInfo {
    /// `frame_system::pallet::Error<T>`, indexed by raw value.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum("frame_system", "Error", variants: variants(named: \.name))
    }
}

extension System.AccountInfo: TypeInfo {
    /// `frame_system::AccountInfo<u32, AccountData<u128>>`, the ready-made `TypeReference.accountInfo`.
    public static var typeReference: TypeReference { .accountInfo }
    /// The description of `TypeReference.accountInfo`.
    public static var typeInfo: TypeDescription<TypeReference> { TypeReference.accountInfo.typeDescription }
}

extension System.LastRuntimeUpgrade: TypeInfo {
    /// `frame_system::LastRuntimeUpgradeInfo { spec_version: Compact<u32>, spec_name: Cow<str> }`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["frame_system", "LastRuntimeUpgradeInfo"],
            fields: [
                .named("spec_version", Compact<UInt32>.self, "codec::Compact<u32>"),
                .named("spec_name", String.self, "Cow<'static, str>"),
            ]
        )
    }
}
