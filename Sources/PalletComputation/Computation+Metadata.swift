import PhalaPrimitives
public import RuntimeSupport
import Tokenomics

extension Computation {
    /// Computation as clients see it: its storage items, calls, events and errors under
    /// `pallet_computation` (Phala's `phala_pallets::compute::computation`).
    public var metadata: PalletMetadata {
        PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [
                    StorageEntryMetadata(
                        Storage.tokenomicParameters,
                        docs: ["Tokenomic parameters used by Gatekeepers."]
                    ),
                    StorageEntryMetadata(
                        Storage.scheduledTokenomicUpdate,
                        docs: ["The scheduled new tokenomic params to update at the end of this block."]
                    ),
                    StorageEntryMetadata(Storage.onlineWorkers, docs: ["Total online workers."]),
                    StorageEntryMetadata(
                        Storage.expectedHeartbeatCount,
                        docs: ["The expected heartbeat count at every block (default: 20)."]
                    ),
                    StorageEntryMetadata(Storage.heartbeatPaused, docs: ["Whether heartbeat challenges are paused."]),
                    StorageEntryMetadata(Storage.sessions, docs: ["The computing sessions."]),
                    StorageEntryMetadata(Storage.sessionBindings, docs: ["The bound worker for a session account."]),
                    StorageEntryMetadata(Storage.workerBindings, docs: ["The bound session account for a worker."]),
                    StorageEntryMetadata(Storage.coolDownPeriod, docs: ["The cool down period (in sec)."]),
                    StorageEntryMetadata(
                        Storage.nextSessionId,
                        docs: ["The next id to assign to a computing session."]
                    ),
                    StorageEntryMetadata(Storage.stakes, docs: ["The stakes of session accounts."]),
                    StorageEntryMetadata(
                        Storage.expectedBlockTimeSec,
                        docs: ["The block time the heartbeat challenge rate assumes (in sec)."]
                    ),
                ]
            ),
            calls: .of(Call.self),
            event: .of(Event.self),
            error: .of(Error.self)
        )
    }
}

extension Computation.Call: TypeInfo {
    /// `pallet_computation::pallet::Call<T>` at Phala's call indices.
    public static var typeInfo: TypeDescription<TypeReference> {
        let session = TypeField<TypeReference>.named("session", AccountId32.self, "T::AccountId")
        return .palletEnum(
            "pallet_computation",
            "Call",
            variants: [
                TypeVariant(
                    name: "set_cool_down_expiration",
                    index: 0,
                    fields: [.named("period", UInt64.self, "u64")]
                ),
                TypeVariant(name: "unbind", index: 1, fields: [session]),
                TypeVariant(name: "force_heartbeat", index: 2),
                TypeVariant(
                    name: "force_start_computing",
                    index: 3,
                    fields: [session, .named("stake", Balance.self, "BalanceOf<T>")]
                ),
                TypeVariant(name: "force_stop_computing", index: 4, fields: [session]),
                TypeVariant(
                    name: "update_tokenomic",
                    index: 5,
                    fields: [.named("new_params", TokenomicParameters.self, "TokenomicParams")]
                ),
                TypeVariant(name: "set_heartbeat_paused", index: 6, fields: [.named("paused", Bool.self, "bool")]),
            ]
        )
    }
}

extension Computation.Event: TypeInfo {
    /// `pallet_computation::pallet::Event<T>` with Phala's names and indices.
    public static var typeInfo: TypeDescription<TypeReference> {
        let session = TypeField<TypeReference>.named("session", AccountId32.self, "T::AccountId")
        let worker = TypeField<TypeReference>.named("worker", FixedBytes<32>.self, "WorkerPublicKey")
        let bits = { (name: String) in TypeField<TypeReference>.named(name, UInt128.self, "u128") }
        return .palletEnum(
            "pallet_computation",
            "Event",
            variants: [
                TypeVariant(
                    name: "CoolDownExpirationChanged",
                    index: 0,
                    fields: [.named("period", UInt64.self, "u64")]
                ),
                TypeVariant(
                    name: "WorkerStarted",
                    index: 1,
                    fields: [session, bits("init_v"), .named("init_p", UInt32.self, "u32")]
                ),
                TypeVariant(name: "WorkerStopped", index: 2, fields: [session]),
                TypeVariant(
                    name: "WorkerReclaimed",
                    index: 3,
                    fields: [
                        session, .named("original_stake", Balance.self, "BalanceOf<T>"),
                        .named("slashed", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(name: "SessionBound", index: 4, fields: [session, worker]),
                TypeVariant(name: "SessionUnbound", index: 5, fields: [session, worker]),
                TypeVariant(name: "WorkerEnterUnresponsive", index: 6, fields: [session]),
                TypeVariant(name: "WorkerExitUnresponsive", index: 7, fields: [session]),
                TypeVariant(name: "SessionSettled", index: 8, fields: [session, bits("v_bits"), bits("payout_bits")]),
                TypeVariant(name: "InternalErrorWorkerSettleFailed", index: 9, fields: [worker]),
                TypeVariant(name: "TokenomicParametersChanged", index: 12),
                TypeVariant(name: "SessionSettlementDropped", index: 13, fields: [session, bits("v"), bits("payout")]),
                TypeVariant(
                    name: "BenchmarkUpdated",
                    index: 14,
                    fields: [session, .named("p_instant", UInt32.self, "u32")]
                ),
            ]
        )
    }
}

extension Computation.Error: TypeInfo {
    /// `pallet_computation::pallet::Error<T>` with every one of Phala's 23 errors, the ones never raised
    /// here (3 `_GatekeeperNotRegistered`, 18 `NotMigrationRoot`, 19–21 the budget contract's) included:
    /// scalecodec looks module errors up by position in this list, not by index.
    public static var typeInfo: TypeDescription<TypeReference> {
        let unraised: [UInt8: String] = [
            3: "_GatekeeperNotRegistered", 18: "NotMigrationRoot", 19: "NonceIndexInvalid",
            20: "BudgetUpdateBlockInvalid", 21: "BudgetExceedMaxLimit",
        ]
        let variants = (UInt8(0)...22).map { index in
            TypeVariant<TypeReference>(name: Self(rawValue: index)?.name ?? unraised[index] ?? "", index: index)
        }
        return .palletEnum("pallet_computation", "Error", variants: variants)
    }
}
