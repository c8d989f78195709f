import PhalaPrimitives
import RuntimeSupport

// The share holdings live in `ShareHoldings`, apart from the pool records; an operation loads the
// holdings it touches into `BasePool.holdings` and writes them back (see `BasePool`).

extension PoolSettlement {
    /// Loads `account`'s holding in `pool` from `ShareHoldings` into `pool.holdings` (nil when it has none).
    /// - Throws: a state read failure.
    func loadHolding(of account: AccountId32, into pool: inout BasePool, in state: inout Overlay)
        throws(DispatchError)
    {
        pool.holdings[account] = try StakePools.Storage.shareHoldings.get(pool.pid, account, in: &state)
    }

    /// Writes `account`'s holding in `pool.holdings` back to `ShareHoldings`, removing the entry when
    /// the pool no longer has one (a zero holding is kept: the account still has a share record there).
    func storeHolding(of account: AccountId32, from pool: BasePool, in state: inout Overlay) {
        if let shares = pool.holdings[account] {
            StakePools.Storage.shareHoldings.insert(shares, for: pool.pid, account, in: &state)
        } else {
            StakePools.Storage.shareHoldings.remove(pool.pid, account, in: &state)
        }
    }
}
