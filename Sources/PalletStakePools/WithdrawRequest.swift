public import PhalaPrimitives

/// A queued withdrawal: the shares a user asked to take out, waiting for free stake (Phala's `WithdrawInfo` plus its NFT).
public struct WithdrawRequest: Sendable, Hashable {
    /// Who receives the payout.
    public var user: AccountId32
    /// When the request was made, in unix seconds; a re-request resets it.
    public var startTime: UInt64
    /// The shares still waiting, held by the pool (the withdraw NFT's `shares`).
    public var shares: Balance

    /// Builds a request.
    /// - Parameters:
    ///   - user: who receives the payout.
    ///   - startTime: when it was made, in unix seconds.
    ///   - shares: the shares waiting.
    public init(user: AccountId32, startTime: UInt64, shares: Balance) {
        self.user = user
        self.startTime = startTime
        self.shares = shares
    }
}
