import PhalaPrimitives
public import RuntimeSupport

extension StakePools.Call: TypeInfo {
    /// `pallet_stake_pools::pallet::Call<T>` at our indices (see `StakePools.Call`).
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum(
            "pallet_stake_pools",
            "Call",
            variants: [
                TypeVariant(name: "create", index: 0, fields: []),
                TypeVariant(
                    name: "add_worker",
                    index: 1,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("pubkey", FixedBytes<32>.self, "WorkerPublicKey"),
                    ]
                ),
                TypeVariant(
                    name: "remove_worker",
                    index: 2,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("worker", FixedBytes<32>.self, "WorkerPublicKey"),
                    ]
                ),
                TypeVariant(
                    name: "set_cap",
                    index: 3,
                    fields: [.named("pid", UInt64.self, "u64"), .named("cap", Balance.self, "BalanceOf<T>")]
                ),
                TypeVariant(
                    name: "set_payout_pref",
                    index: 4,
                    fields: [
                        .named("pid", UInt64.self, "u64"),
                        .named("payout_commission", Permill?.self, "Option<Permill>"),
                    ]
                ),
                TypeVariant(
                    name: "claim_owner_rewards",
                    index: 7,
                    fields: [.named("pid", UInt64.self, "u64"), .named("target", AccountId32.self, "T::AccountId")]
                ),
                TypeVariant(
                    name: "check_and_maybe_force_withdraw",
                    index: 8,
                    fields: [.named("pid", UInt64.self, "u64")]
                ),
                TypeVariant(
                    name: "contribute",
                    index: 9,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("amount", Balance.self, "BalanceOf<T>"),
                        .named("as_vault", UInt64?.self, "Option<u64>"),
                    ]
                ),
                TypeVariant(
                    name: "withdraw",
                    index: 10,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("shares", Balance.self, "BalanceOf<T>"),
                        .named("as_vault", UInt64?.self, "Option<u64>"),
                    ]
                ),
                TypeVariant(
                    name: "start_computing",
                    index: 13,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("worker", FixedBytes<32>.self, "WorkerPublicKey"),
                        .named("stake", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(
                    name: "stop_computing",
                    index: 14,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("worker", FixedBytes<32>.self, "WorkerPublicKey"),
                    ]
                ),
                TypeVariant(
                    name: "reclaim_pool_worker",
                    index: 15,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("worker", FixedBytes<32>.self, "WorkerPublicKey"),
                    ]
                ),
                TypeVariant(
                    name: "restart_computing",
                    index: 17,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("worker", FixedBytes<32>.self, "WorkerPublicKey"),
                        .named("stake", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(name: "create_vault", index: 32, fields: []),
                TypeVariant(
                    name: "set_vault_payout_pref",
                    index: 33,
                    fields: [
                        .named("pid", UInt64.self, "u64"),
                        .named("payout_commission", Permill?.self, "Option<Permill>"),
                    ]
                ),
                TypeVariant(
                    name: "claim_owner_shares",
                    index: 34,
                    fields: [
                        .named("vault_pid", UInt64.self, "u64"), .named("target", AccountId32.self, "T::AccountId"),
                        .named("shares", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(
                    name: "maybe_gain_owner_shares",
                    index: 35,
                    fields: [.named("vault_pid", UInt64.self, "u64")]
                ),
                TypeVariant(
                    name: "vault_check_and_maybe_force_withdraw",
                    index: 36,
                    fields: [.named("vault_pid", UInt64.self, "u64")]
                ),
                TypeVariant(
                    name: "vault_contribute",
                    index: 37,
                    fields: [.named("pid", UInt64.self, "u64"), .named("amount", Balance.self, "BalanceOf<T>")]
                ),
                TypeVariant(
                    name: "vault_withdraw",
                    index: 38,
                    fields: [.named("pid", UInt64.self, "u64"), .named("shares", Balance.self, "BalanceOf<T>")]
                ),
                TypeVariant(
                    name: "add_staker_to_whitelist",
                    index: 64,
                    fields: [.named("pid", UInt64.self, "u64"), .named("staker", AccountId32.self, "T::AccountId")]
                ),
                TypeVariant(
                    name: "remove_staker_from_whitelist",
                    index: 68,
                    fields: [.named("pid", UInt64.self, "u64"), .named("staker", AccountId32.self, "T::AccountId")]
                ),
                TypeVariant(name: "wrap", index: 96, fields: [.named("amount", Balance.self, "BalanceOf<T>")]),
                TypeVariant(name: "unwrap_all", index: 97, fields: []),
                TypeVariant(name: "unwrap", index: 98, fields: [.named("amount", Balance.self, "BalanceOf<T>")]),
            ]
        )
    }
}
