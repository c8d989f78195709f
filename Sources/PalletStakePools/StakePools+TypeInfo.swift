import PhalaPrimitives
public import RuntimeSupport

// Metadata descriptions of the pallet's records (our layouts, with Phala's field names).

extension PoolProxy: TypeInfo {
    /// `pallet_stake_pools::PoolProxy`: `StakePool` = 0, `Vault` = 1.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["pallet_stake_pools", "PoolProxy"],
            variants: [
                TypeVariant(name: "StakePool", index: 0, fields: [TypeField(type: .of(StakePool.self))]),
                TypeVariant(name: "Vault", index: 1, fields: [TypeField(type: .of(Vault.self))]),
            ]
        )
    }
}

extension StakePool: TypeInfo {
    /// `pallet_stake_pools::StakePool`.
    public static var typeInfo: TypeDescription<TypeReference> {
        let workers = { (name: String) in
            TypeField<TypeReference>.named(name, [FixedBytes<32>].self, "Vec<WorkerPublicKey>")
        }
        return .composite(
            path: ["pallet_stake_pools", "StakePool"],
            fields: [
                .named("basepool", BasePool.self, "BasePool"), .named("cid", UInt32.self, "CollectionId"),
                .named("pool_account_id", AccountId32.self, "AccountId"),
                .named("payout_commission", Permill?.self, "Option<Permill>"),
                .named("cap", Balance?.self, "Option<Balance>"), workers("workers"), workers("cd_workers"),
                .named("lock_account", AccountId32.self, "AccountId"),
                .named("owner_reward_account", AccountId32.self, "AccountId"),
            ]
        )
    }
}

extension Vault: TypeInfo {
    /// `pallet_stake_pools::Vault`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["pallet_stake_pools", "Vault"],
            fields: [
                .named("basepool", BasePool.self, "BasePool"), .named("cid", UInt32.self, "CollectionId"),
                .named("pool_account_id", AccountId32.self, "AccountId"),
                .named("last_share_price_checkpoint", Balance.self, "Balance"),
                .named("commission", Permill?.self, "Option<Permill>"),
                .named("invest_pools", [UInt64].self, "Vec<u64>"),
            ]
        )
    }
}

extension BasePool: TypeInfo {
    /// `pallet_stake_pools::BasePool` (its share holdings are in `ShareHoldings`).
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["pallet_stake_pools", "BasePool"],
            fields: [
                .named("pid", UInt64.self, "u64"), .named("owner", AccountId32.self, "AccountId"),
                .named("kind", UInt8.self, "u8"), .named("total_shares", Balance.self, "Balance"),
                .named("total_value", Balance.self, "Balance"),
                .named("withdraw_queue", [WithdrawRequest].self, "Vec<WithdrawInfo>"),
                .named("value_subscribers", [UInt64].self, "Vec<u64>"),
                .named("owner_shares", Balance.self, "Balance"),
            ]
        )
    }
}

extension WithdrawRequest: TypeInfo {
    /// `pallet_stake_pools::WithdrawInfo` (the withdraw NFT's shares inline instead of its id).
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["pallet_stake_pools", "WithdrawInfo"],
            fields: [
                .named("user", AccountId32.self, "AccountId"), .named("start_time", UInt64.self, "u64"),
                .named("shares", Balance.self, "Balance"),
            ]
        )
    }
}

extension SubAccountPreimage: TypeInfo {
    /// `pallet_stake_pools::SubAccountPreimage`: Phala's `(u64, WorkerPublicKey)`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["pallet_stake_pools", "SubAccountPreimage"],
            fields: [.named("pid", UInt64.self, "u64"), .named("worker", FixedBytes<32>.self, "WorkerPublicKey")]
        )
    }
}

extension ForceShutdownReason: TypeInfo {
    /// `pallet_vault::ForceShutdownReason`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["pallet_stake_pools", "ForceShutdownReason"],
            variants: allCases.map { TypeVariant(name: $0.name, index: $0.rawValue) }
        )
    }
}
