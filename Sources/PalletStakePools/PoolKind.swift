/// Which pallet a base pool belongs to, which decides the error a refused withdrawal reports.
public enum PoolKind: Sendable, Hashable {
    /// A stake pool (Phala's `stake_pool_v2`), which stakes workers.
    case stakePool
    /// A vault (Phala's `vault`), which invests in stake pools and charges its owner's commission in shares.
    case vault
}
