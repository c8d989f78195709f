public import PhalaPrimitives
public import RuntimeSupport

extension Grandpa {
    /// GRANDPA as clients see it: the authority set, its id, the `NewAuthorities` event.
    public var metadata: PalletMetadata {
        let state = TypeReference.named("pallet_grandpa::StoredState") {
            .variant(
                path: ["pallet_grandpa", "StoredState"],
                parameters: [TypeParameter(name: "N", type: .of(BlockNumber.self))],
                variants: [TypeVariant(name: "Live", index: 0)]
            )
        }
        return PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [
                    StorageEntryMetadata(Storage.state, type: state, docs: ["State of the current authority set."]),
                    StorageEntryMetadata(
                        Storage.currentSetId,
                        docs: [
                            "The number of changes (both in terms of keys and underlying economic responsibilities)."
                        ]
                    ),
                    StorageEntryMetadata(
                        Storage.setIdSession,
                        docs: [
                            "A mapping from grandpa set ID to the index of the *most recent* session for which its members were responsible."
                        ]
                    ),
                    StorageEntryMetadata(Storage.authorities, docs: ["The current list of authorities."]),
                ]
            ),
            event: .of(Event.self)
        )
    }
}

extension Grandpa.Authority: TypeInfo {
    /// `(sp_consensus_grandpa::app::Public, u64)`: an authority's ed25519 key and vote weight.
    public static var typeReference: TypeReference {
        let key = TypeReference.named("sp_consensus_grandpa::app::Public") {
            .composite(
                path: ["sp_consensus_grandpa", "app", "Public"],
                fields: [TypeField(type: .of(FixedBytes<32>.self), typeName: "ed25519::Public")]
            )
        }
        return .tuple([key, .of(UInt64.self)])
    }

    /// The tuple of `typeReference`.
    public static var typeInfo: TypeDescription<TypeReference> { typeReference.typeDescription }
}

extension Grandpa.Event: TypeInfo {
    /// `pallet_grandpa::pallet::Event`: `NewAuthorities{authority_set}` = 0.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum(
            "pallet_grandpa",
            "Event",
            variants: [
                TypeVariant(
                    name: "NewAuthorities",
                    index: 0,
                    fields: [.named("authority_set", [Grandpa.Authority].self, "AuthorityList")],
                    docs: ["New authority set has been applied."]
                )
            ]
        )
    }
}
