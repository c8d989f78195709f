public import PhalaPrimitives

/// One user's outcome of a withdraw-queue pass, for the `Withdrawal` event and the W-PHA transfer pool → user.
public struct Withdrawal: Sendable, Hashable {
    /// Who was paid.
    public var user: AccountId32
    /// The W-PHA to transfer from the pool account to `user` (may be 0 when only dust was burnt).
    public var amount: Balance
    /// The shares removed from the pool by payouts, including dust cleaned off the request.
    public var shares: Balance
    /// The shares burnt without payout because their value was at or below the asset minimum.
    public var burntShares: Balance

    /// Builds an outcome.
    /// - Parameters:
    ///   - user: who was paid.
    ///   - amount: the W-PHA paid.
    ///   - shares: the shares removed by payouts.
    ///   - burntShares: the shares burnt as dust.
    public init(user: AccountId32, amount: Balance, shares: Balance, burntShares: Balance) {
        self.user = user
        self.amount = amount
        self.shares = shares
        self.burntShares = burntShares
    }
}
