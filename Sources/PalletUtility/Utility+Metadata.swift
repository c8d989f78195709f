public import RuntimeSupport

extension Utility where RuntimeCall: TypeInfo {
    /// Utility as clients see it: the batch calls, their events, `batched_calls_limit` and `TooManyCalls`.
    public var metadata: PalletMetadata {
        PalletMetadata(
            name: Self.name,
            index: index,
            calls: .of(Call.self),
            event: .of(Event.self),
            constants: [
                PalletConstantMetadata(
                    name: "batched_calls_limit",
                    value: UInt32(Self.maxCalls),
                    docs: ["The limit on the number of batched calls."]
                )
            ],
            error: .of(Error.self)
        )
    }
}

extension Utility.Call: TypeInfo where RuntimeCall: TypeInfo {
    /// `pallet_utility::pallet::Call<T>`: `batch` = 0, `batch_all` = 2, `force_batch` = 4.
    public static var typeInfo: TypeDescription<TypeReference> {
        let calls = TypeField<TypeReference>.named("calls", [RuntimeCall].self, "Vec<<T as Config>::RuntimeCall>")
        return .palletEnum(
            "pallet_utility",
            "Call",
            variants: [
                TypeVariant(name: "batch", index: 0, fields: [calls]),
                TypeVariant(name: "batch_all", index: 2, fields: [calls]),
                TypeVariant(name: "force_batch", index: 4, fields: [calls]),
            ]
        )
    }
}

extension Utility.Event: TypeInfo where RuntimeCall: TypeInfo {
    /// `pallet_utility::pallet::Event` at pallet-utility's indices.
    public static var typeInfo: TypeDescription<TypeReference> {
        let error = TypeField<TypeReference>.named("error", DispatchError.self, "DispatchError")
        return .palletEnum(
            "pallet_utility",
            "Event",
            variants: [
                TypeVariant(name: "BatchInterrupted", index: 0, fields: [.named("index", UInt32.self, "u32"), error]),
                TypeVariant(name: "BatchCompleted", index: 1),
                TypeVariant(name: "BatchCompletedWithErrors", index: 2),
                TypeVariant(name: "ItemCompleted", index: 3),
                TypeVariant(name: "ItemFailed", index: 4, fields: [error]),
            ]
        )
    }
}

extension Utility.Error: TypeInfo where RuntimeCall: TypeInfo {
    /// `pallet_utility::pallet::Error<T>`: `TooManyCalls` = 0.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum("pallet_utility", "Error", variants: variants(named: \.name))
    }
}
