// frame_system's and pallet_balances' client-visible types as Substrate describes them
// (substrate-rpc.md §3, §5.3, §9).
extension TypeReference {
    /// `frame_system::Phase`: `ApplyExtrinsic(u32)` = 0, `Finalization` = 1, `Initialization` = 2.
    public static var phase: TypeReference {
        .named("frame_system::Phase") {
            .variant(
                path: ["frame_system", "Phase"],
                variants: [
                    TypeVariant(
                        name: "ApplyExtrinsic",
                        index: 0,
                        fields: [TypeField(type: .of(UInt32.self), typeName: "u32")]
                    ),
                    TypeVariant(name: "Finalization", index: 1),
                    TypeVariant(name: "Initialization", index: 2),
                ]
            )
        }
    }

    /// `frame_system::EventRecord<RuntimeEvent, H256> { phase, event, topics }`, the element of
    /// `System.Events`. substrate-interface matches the path; polkadot.js reads the event type from `E`.
    /// - Parameters:
    ///   - event: the runtime's outer event enum.
    ///   - topic: the topic hash type (`H256`).
    /// - Returns: the record type's reference.
    public static func eventRecord(event: TypeReference, topic: TypeReference) -> TypeReference {
        .named("frame_system::EventRecord", arguments: [event, topic]) {
            .composite(
                path: ["frame_system", "EventRecord"],
                parameters: [TypeParameter(name: "E", type: event), TypeParameter(name: "T", type: topic)],
                fields: [
                    TypeField(name: "phase", type: .phase, typeName: "Phase"),
                    TypeField(name: "event", type: event, typeName: "E"),
                    TypeField(name: "topics", type: .sequence(of: topic), typeName: "Vec<T>"),
                ]
            )
        }
    }

    /// `frame_system::AccountInfo<u32, AccountData<u128>>`, the value of `System.Account` (80 bytes).
    public static var accountInfo: TypeReference {
        .named("frame_system::AccountInfo") {
            .composite(
                path: ["frame_system", "AccountInfo"],
                parameters: [
                    TypeParameter(name: "Nonce", type: .of(UInt32.self)),
                    TypeParameter(name: "AccountData", type: .accountData),
                ],
                fields: [
                    TypeField(name: "nonce", type: .of(UInt32.self), typeName: "Nonce"),
                    TypeField(name: "consumers", type: .of(UInt32.self), typeName: "RefCount"),
                    TypeField(name: "providers", type: .of(UInt32.self), typeName: "RefCount"),
                    TypeField(name: "sufficients", type: .of(UInt32.self), typeName: "RefCount"),
                    TypeField(name: "data", type: .accountData, typeName: "AccountData"),
                ]
            )
        }
    }

    /// `pallet_balances::types::AccountData<u128> { free, reserved, frozen, flags: ExtraFlags(u128) }`.
    public static var accountData: TypeReference {
        .named("pallet_balances::types::AccountData") {
            let flags = TypeReference.named("pallet_balances::types::ExtraFlags") {
                .composite(
                    path: ["pallet_balances", "types", "ExtraFlags"],
                    fields: [TypeField(type: .of(UInt128.self), typeName: "u128")]
                )
            }
            return .composite(
                path: ["pallet_balances", "types", "AccountData"],
                parameters: [TypeParameter(name: "Balance", type: .of(UInt128.self))],
                fields: [
                    TypeField(name: "free", type: .of(UInt128.self), typeName: "Balance"),
                    TypeField(name: "reserved", type: .of(UInt128.self), typeName: "Balance"),
                    TypeField(name: "frozen", type: .of(UInt128.self), typeName: "Balance"),
                    TypeField(name: "flags", type: flags, typeName: "ExtraFlags"),
                ]
            )
        }
    }
}
