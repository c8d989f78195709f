public import PhalaPrimitives
public import RuntimeSupport

extension Sudo where RuntimeCall: TypeInfo {
    /// Sudo as clients see it: the `Key` item, the calls wrapping the runtime's calls, the events and
    /// `RequireSudo`.
    public var metadata: PalletMetadata {
        PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [StorageEntryMetadata(Storage.key, docs: ["The `AccountId` of the sudo key."])]
            ),
            calls: .of(Call.self),
            event: .of(Event.self),
            error: .of(Error.self)
        )
    }
}

extension Sudo.Call: TypeInfo where RuntimeCall: TypeInfo {
    /// `pallet_sudo::pallet::Call<T>` at pallet-sudo's indices; inner calls are the outer call enum.
    public static var typeInfo: TypeDescription<TypeReference> {
        let call = TypeField<TypeReference>.named("call", RuntimeCall.self, "Box<<T as Config>::RuntimeCall>")
        let lookup = "AccountIdLookupOf<T>"
        return .palletEnum(
            "pallet_sudo",
            "Call",
            variants: [
                TypeVariant(name: "sudo", index: 0, fields: [call]),
                TypeVariant(
                    name: "sudo_unchecked_weight",
                    index: 1,
                    fields: [call, .named("weight", Weight.self, "Weight")]
                ),
                TypeVariant(name: "set_key", index: 2, fields: [.named("new", MultiAddress.self, lookup)]),
                TypeVariant(name: "sudo_as", index: 3, fields: [.named("who", MultiAddress.self, lookup), call]),
                TypeVariant(name: "remove_key", index: 4),
            ]
        )
    }
}

extension Sudo.Event: TypeInfo where RuntimeCall: TypeInfo {
    /// `pallet_sudo::pallet::Event<T>` at pallet-sudo's indices.
    public static var typeInfo: TypeDescription<TypeReference> {
        let result = TypeField<TypeReference>.named("sudo_result", DispatchResult.self, "DispatchResult")
        return .palletEnum(
            "pallet_sudo",
            "Event",
            variants: [
                TypeVariant(name: "Sudid", index: 0, fields: [result]),
                TypeVariant(
                    name: "KeyChanged",
                    index: 1,
                    fields: [
                        .named("old", AccountId32?.self, "Option<T::AccountId>"),
                        .named("new", AccountId32.self, "T::AccountId"),
                    ]
                ),
                TypeVariant(name: "KeyRemoved", index: 2),
                TypeVariant(name: "SudoAsDone", index: 3, fields: [result]),
            ]
        )
    }
}

extension Sudo.Error: TypeInfo where RuntimeCall: TypeInfo {
    /// `pallet_sudo::pallet::Error<T>`: `RequireSudo` = 0.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum("pallet_sudo", "Error", variants: variants(named: \.name))
    }
}
