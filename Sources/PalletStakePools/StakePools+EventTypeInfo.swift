import PhalaPrimitives
public import RuntimeSupport

extension StakePools.Event: TypeInfo {
    /// `pallet_stake_pools::pallet::Event<T>` with Phala's names and fields.
    public static var typeInfo: TypeDescription<TypeReference> {
        .palletEnum(
            "pallet_stake_pools",
            "Event",
            variants: [
                TypeVariant(
                    name: "PoolCreated",
                    index: 0,
                    fields: [
                        .named("owner", AccountId32.self, "T::AccountId"), .named("pid", UInt64.self, "u64"),
                        .named("cid", UInt32.self, "CollectionId"),
                        .named("pool_account_id", AccountId32.self, "T::AccountId"),
                    ]
                ),
                TypeVariant(
                    name: "PoolCommissionSet",
                    index: 1,
                    fields: [.named("pid", UInt64.self, "u64"), .named("commission", UInt32.self, "u32")]
                ),
                TypeVariant(
                    name: "PoolCapacitySet",
                    index: 2,
                    fields: [.named("pid", UInt64.self, "u64"), .named("cap", Balance.self, "BalanceOf<T>")]
                ),
                TypeVariant(
                    name: "PoolWorkerAdded",
                    index: 3,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("worker", FixedBytes<32>.self, "WorkerPublicKey"),
                        .named("session", AccountId32.self, "T::AccountId"),
                    ]
                ),
                TypeVariant(
                    name: "Contribution",
                    index: 4,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("user", AccountId32.self, "T::AccountId"),
                        .named("amount", Balance.self, "BalanceOf<T>"), .named("shares", Balance.self, "BalanceOf<T>"),
                        .named("as_vault", UInt64?.self, "Option<u64>"),
                    ]
                ),
                TypeVariant(
                    name: "OwnerRewardsWithdrawn",
                    index: 5,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("user", AccountId32.self, "T::AccountId"),
                        .named("amount", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(
                    name: "RewardDismissedNotInPool",
                    index: 6,
                    fields: [
                        .named("worker", FixedBytes<32>.self, "WorkerPublicKey"),
                        .named("amount", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(
                    name: "RewardDismissedNoShare",
                    index: 7,
                    fields: [.named("pid", UInt64.self, "u64"), .named("amount", Balance.self, "BalanceOf<T>")]
                ),
                TypeVariant(
                    name: "RewardDismissedDust",
                    index: 8,
                    fields: [.named("pid", UInt64.self, "u64"), .named("amount", Balance.self, "BalanceOf<T>")]
                ),
                TypeVariant(
                    name: "PoolWorkerRemoved",
                    index: 9,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("worker", FixedBytes<32>.self, "WorkerPublicKey"),
                    ]
                ),
                TypeVariant(
                    name: "WorkerReclaimed",
                    index: 10,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("worker", FixedBytes<32>.self, "WorkerPublicKey"),
                    ]
                ),
                TypeVariant(
                    name: "RewardReceived",
                    index: 11,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("to_owner", Balance.self, "BalanceOf<T>"),
                        .named("to_stakers", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(
                    name: "WorkingStarted",
                    index: 12,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("worker", FixedBytes<32>.self, "WorkerPublicKey"),
                        .named("amount", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(
                    name: "RewardToOwnerDismissedDust",
                    index: 13,
                    fields: [.named("pid", UInt64.self, "u64"), .named("amount", Balance.self, "BalanceOf<T>")]
                ),
                TypeVariant(
                    name: "RewardToDistributionDismissedDust",
                    index: 14,
                    fields: [.named("pid", UInt64.self, "u64"), .named("amount", Balance.self, "BalanceOf<T>")]
                ),
                TypeVariant(
                    name: "VaultCreated",
                    index: 15,
                    fields: [
                        .named("owner", AccountId32.self, "T::AccountId"), .named("pid", UInt64.self, "u64"),
                        .named("cid", UInt32.self, "CollectionId"),
                        .named("pool_account_id", AccountId32.self, "T::AccountId"),
                    ]
                ),
                TypeVariant(
                    name: "VaultCommissionSet",
                    index: 16,
                    fields: [.named("pid", UInt64.self, "u64"), .named("commission", UInt32.self, "u32")]
                ),
                TypeVariant(
                    name: "OwnerSharesClaimed",
                    index: 17,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("user", AccountId32.self, "T::AccountId"),
                        .named("shares", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(
                    name: "OwnerSharesGained",
                    index: 18,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("shares", Balance.self, "BalanceOf<T>"),
                        .named("checkout_price", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(
                    name: "VaultContribution",
                    index: 19,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("user", AccountId32.self, "T::AccountId"),
                        .named("amount", Balance.self, "BalanceOf<T>"), .named("shares", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(
                    name: "ForceShutdown",
                    index: 20,
                    fields: [
                        .named("pid", UInt64.self, "u64"),
                        .named("reason", ForceShutdownReason.self, "ForceShutdownReason"),
                    ]
                ),
                TypeVariant(
                    name: "WithdrawalQueued",
                    index: 21,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("user", AccountId32.self, "T::AccountId"),
                        .named("shares", Balance.self, "BalanceOf<T>"), .named("as_vault", UInt64?.self, "Option<u64>"),
                    ]
                ),
                TypeVariant(
                    name: "Withdrawal",
                    index: 22,
                    fields: [
                        .named("pid", UInt64.self, "u64"), .named("user", AccountId32.self, "T::AccountId"),
                        .named("amount", Balance.self, "BalanceOf<T>"), .named("shares", Balance.self, "BalanceOf<T>"),
                        .named("burnt_shares", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(name: "PoolWhitelistCreated", index: 23, fields: [.named("pid", UInt64.self, "u64")]),
                TypeVariant(name: "PoolWhitelistDeleted", index: 24, fields: [.named("pid", UInt64.self, "u64")]),
                TypeVariant(
                    name: "PoolWhitelistStakerAdded",
                    index: 25,
                    fields: [.named("pid", UInt64.self, "u64"), .named("staker", AccountId32.self, "T::AccountId")]
                ),
                TypeVariant(
                    name: "PoolWhitelistStakerRemoved",
                    index: 26,
                    fields: [.named("pid", UInt64.self, "u64"), .named("staker", AccountId32.self, "T::AccountId")]
                ),
                TypeVariant(
                    name: "Wrapped",
                    index: 27,
                    fields: [
                        .named("user", AccountId32.self, "T::AccountId"),
                        .named("amount", Balance.self, "BalanceOf<T>"),
                    ]
                ),
                TypeVariant(
                    name: "Unwrapped",
                    index: 28,
                    fields: [
                        .named("user", AccountId32.self, "T::AccountId"),
                        .named("amount", Balance.self, "BalanceOf<T>"),
                    ]
                ),
            ]
        )
    }
}
