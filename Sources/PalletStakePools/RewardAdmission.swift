/// Whether a pool takes a reward at all (steps 1–3 of Phala's `handle_pool_new_reward`).
public enum RewardAdmission: Sendable, Hashable {
    /// The reward is 0: nothing happens and no event is emitted.
    case ignored
    /// The reward is dust (≤ 1000 planck): `RewardDismissedDust`, nothing leaves the subsidy pool.
    case dismissedDust
    /// The pool has dust shares (≤ 1000): `RewardDismissedNoShare`.
    case dismissedNoShare
    /// The reward is taken from the subsidy pool and split with `RewardSplit`.
    case accepted
}
