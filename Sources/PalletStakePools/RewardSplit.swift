public import PhalaPrimitives

/// How a stake pool's reward divides between the owner's commission and the stakers (step 5–6 of
/// Phala's `handle_pool_new_reward`).
///
/// The pallet mints `toOwner` to the owner reward account and `toStakers` to the pool account; a mint
/// below the W-PHA minimum is refused and counted as unmintable dust. Only a minted, non-dust
/// `toStakers` goes to `BasePool.distributeReward(_:)`.
public struct RewardSplit: Sendable, Hashable {
    /// The owner's commission, `commission × reward` with Permill rounding (nearest, ties down).
    public let toOwner: Balance
    /// What is left for the stakers, `reward − toOwner`.
    public let toStakers: Balance

    /// Splits `reward` at `commission`.
    /// - Parameters:
    ///   - reward: the pool's reward in planck.
    ///   - commission: the pool's payout commission (0 when none is set).
    public init(reward: Balance, commission: Permill) {
        toOwner = Balance(planck: commission * reward.planck)
        toStakers = Balance(planck: reward.planck - toOwner.planck)
    }
}
