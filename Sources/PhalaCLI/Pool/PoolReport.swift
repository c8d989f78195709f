import JSONRPC
import PalletComputation
import PalletStakePools
import PhalaPrimitives

/// What `phala pool info` and `phala vault info` show: a pool record read at one block, with its free
/// stake, its workers' sessions and one account's position.
struct PoolReport {
    /// One worker of a stake pool and its computing session.
    struct Worker: Equatable {
        /// The worker's public key.
        var pubkey: FixedBytes<32>
        /// Whether it is cooling down (`cd_workers`).
        var coolingDown: Bool
        /// Its session's state, `nil` when it has no session record.
        var state: WorkerState?
        /// The session's stake, if computing or cooling down.
        var stake: Balance?
    }

    /// One account's position in the pool.
    struct Position: Equatable {
        /// The account.
        var account: AccountId32
        /// Shares held outside the queue.
        var shares: Balance
        /// Shares waiting in the withdraw queue.
        var queuedShares: Balance
        /// The held and queued shares' value at the current price (Phala's `bmul`), `nil` without a price.
        var value: Balance?
    }

    /// The pool record.
    var pool: PoolProxy
    /// The pool account's W-PHA: its free stake.
    var freeStake: Balance
    /// The owner's uncollected commission W-PHA (stake pools only).
    var ownerRewards: Balance?
    /// The stake pool's workers, in pool order, then the cooling-down ones.
    var workers: [Worker]
    /// The asked-about account's position, if any.
    var position: Position?

    /// The position of `account` in `pool`.
    /// - Parameters:
    ///   - account: the staker.
    ///   - shares: its share holding (`PhalaStakePoolv2.ShareHoldings`; pool records do not carry them).
    ///   - pool: the pool, for the queued shares and the price.
    static func position(of account: AccountId32, holding shares: Balance, in pool: BasePool) -> Position {
        let queued = pool.queuedShares(of: account)
        let value = pool.sharePrice.flatMap { try? shares.saturatingAdding(queued).multiplied(by: $0) }
        return Position(account: account, shares: shares, queuedShares: queued, value: value)
    }

    /// The report as aligned lines.
    var text: String {
        let base = pool.basePool
        var lines: [String] = []
        lines.append("pid            \(base.pid) (\(base.kind == .vault ? "vault" : "stake pool"))")
        lines.append("owner          \(base.owner.ss58)")
        switch pool {
        case .stakePool(let stake):
            lines.append("commission     \(CommissionArgument.format(stake.payoutCommission ?? .zero))")
            lines.append("cap            \(stake.cap.map(\.description) ?? "none")")
        case .vault(let vault):
            lines.append("commission     \(CommissionArgument.format(vault.commission ?? .zero))")
            lines.append("checkpoint     \(vault.lastSharePriceCheckpoint)")
            lines.append("owner shares   \(base.ownerShares)")
            lines.append("invests in     \(vault.investPools.map(String.init).joined(separator: ", "))")
        }
        lines.append("total shares   \(base.totalShares)")
        lines.append("total value    \(base.totalValue)")
        lines.append("price          \(base.sharePrice.map(\.description) ?? "none") PHA per share")
        lines.append("free stake     \(freeStake)")
        if let ownerRewards { lines.append("owner rewards  \(ownerRewards)") }
        for worker in workers {
            let state = worker.state?.name ?? "no session"
            let stake = worker.stake.map { ", stake \($0)" } ?? ""
            lines.append(
                "worker         \(worker.pubkey) \(state)\(worker.coolingDown ? " (cooling down)" : "")\(stake)"
            )
        }
        for request in base.withdrawQueue {
            lines.append("withdrawing    \(request.user.ss58) \(request.shares) shares since \(request.startTime) s")
        }
        if let position {
            lines.append("account        \(position.account.ss58)")
            lines.append("  shares       \(position.shares)")
            lines.append("  queued       \(position.queuedShares)")
            lines.append("  value        \(position.value.map(\.description) ?? "none")")
        }
        return lines.joined(separator: "\n")
    }

    /// The report as one JSON object; amounts and shares are planck in decimal strings, the price a
    /// decimal string.
    var json: JSONValue {
        let base = pool.basePool
        let commission: Permill?
        let cap: JSONValue
        let vaultFields: (ownerShares: JSONValue, investPools: JSONValue)
        switch pool {
        case .stakePool(let stake):
            (commission, cap, vaultFields) = (
                stake.payoutCommission, stake.cap.map(Self.planck) ?? .null, (.null, .null)
            )
        case .vault(let vault):
            let invests = JSONValue.array(vault.investPools.map { .unsignedInteger($0) })
            (commission, cap, vaultFields) = (vault.commission, .null, (Self.planck(base.ownerShares), invests))
        }
        return [
            "pid": .unsignedInteger(base.pid),
            "kind": .string(base.kind == .vault ? "vault" : "stakePool"),
            "owner": .string(base.owner.ss58),
            "commission": .unsignedInteger(UInt64((commission ?? .zero).parts)),
            "cap": cap,
            "totalShares": Self.planck(base.totalShares),
            "totalValue": Self.planck(base.totalValue),
            "price": base.sharePrice.map { .string($0.description) } ?? .null,
            "freeStake": Self.planck(freeStake),
            "ownerRewards": ownerRewards.map(Self.planck) ?? .null,
            "ownerShares": vaultFields.ownerShares,
            "investPools": vaultFields.investPools,
            "workers": .array(workers.map(Self.json)),
            "withdrawQueue": .array(
                base.withdrawQueue.map { request in
                    [
                        "user": .string(request.user.ss58), "startTime": .unsignedInteger(request.startTime),
                        "shares": Self.planck(request.shares),
                    ]
                }
            ),
            "account": position.map(Self.json) ?? .null,
        ]
    }

    private static func json(_ worker: Worker) -> JSONValue {
        [
            "worker": .string(worker.pubkey.description), "coolingDown": .bool(worker.coolingDown),
            "state": worker.state.map { .string($0.name) } ?? .null, "stake": worker.stake.map(planck) ?? .null,
        ]
    }

    private static func json(_ position: Position) -> JSONValue {
        [
            "account": .string(position.account.ss58), "shares": planck(position.shares),
            "queuedShares": planck(position.queuedShares), "value": position.value.map(planck) ?? .null,
        ]
    }

    /// A balance as a JSON string of planck (u128 does not fit JSON numbers).
    static func planck(_ amount: Balance) -> JSONValue { .string(String(amount.planck)) }
}
