public import Messaging
public import PhalaPrimitives
public import RuntimeSupport

extension MessageQueue {
    /// The message queue as clients see it: its storage, `sync_offchain_message`, `MessageReceived` and
    /// its errors.
    public var metadata: PalletMetadata {
        PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [
                    StorageEntryMetadata(
                        Storage.offchainIngress,
                        docs: ["The next sequence expected from each off-chain sender."]
                    ),
                    StorageEntryMetadata(Storage.outboundMessages, docs: ["This block's messages for enclaves."]),
                    StorageEntryMetadata(
                        GenesisMessageSigners.workers,
                        docs: ["Worker identity keys allowed to sign messages, from genesis."]
                    ),
                    StorageEntryMetadata(
                        GenesisMessageSigners.masterKey,
                        docs: ["The master public key that signs gatekeeper messages, from genesis."]
                    ),
                ]
            ),
            calls: .of(Call.self),
            event: .of(Event.self),
            error: .of(Error.self)
        )
    }
}

extension MessageQueue.Call: TypeInfo {
    /// `pallet_mq::pallet::Call<T>`: `sync_offchain_message` = 0.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum(
            "pallet_mq",
            "Call",
            variants: [
                TypeVariant(
                    name: "sync_offchain_message",
                    index: 0,
                    fields: [.named("signed_message", SignedMessage.self, "SignedMessage")]
                )
            ]
        )
    }
}

extension MessageQueue.Event: TypeInfo {
    /// `pallet_mq::pallet::Event<T>`: `MessageReceived` = 0.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum(
            "pallet_mq",
            "Event",
            variants: [
                TypeVariant(
                    name: "MessageReceived",
                    index: 0,
                    fields: [
                        .named("sender", MessageOrigin.self, "MessageOrigin"),
                        .named("topic", Topic.self, "Topic"),
                        .named("sequence", UInt64.self, "u64"),
                    ]
                )
            ]
        )
    }
}

extension MessageQueue.Error: TypeInfo {
    /// `pallet_mq::pallet::Error<T>`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum("pallet_mq", "Error", variants: variants(named: \.name))
    }
}
