import PhalaPrimitives
public import RuntimeSupport
public import Tokenomics

extension PoolSettlement {
    /// Pays settled rewards to the workers' stake pools (Phala's `OnReward::on_reward`, phala-facts.md §4.5).
    ///
    /// For each entry, reward = from_fixed(payout): a worker in no pool gives `RewardDismissedNotInPool`;
    /// a zero reward does nothing; dust rewards and pools with dust shares are dismissed without touching
    /// the subsidy pool. Otherwise the reward's PHA moves from the subsidy pool to the W-PHA backing
    /// account, the owner's commission is minted to the owner reward account and the rest to the pool
    /// account (each refused below the W-PHA minimum, then counted as unmintable dust), the pool's value
    /// rises, subscribed vaults mark up their value by their part, and `RewardReceived` follows.
    /// The withdraw queue is not processed.
    /// - Parameters:
    ///   - settles: the gatekeeper's settlement entries, in order.
    ///   - state: the block's state.
    /// - Throws: `InternalSubsidyPoolCannotWithdraw` when the subsidy pool cannot pay, `ArithmeticOverflow`,
    ///   or a state read failure.
    public func onReward(_ settles: [SettleInfo], in state: inout Overlay) throws(DispatchError) {
        for settle in settles {
            let reward: Balance
            do { reward = try Balance(pha: U64F64(bits: settle.payout)) } catch {
                throw self.error(.arithmeticOverflow)
            }
            guard let pid = try StakePools.Storage.workerAssignments.get(settle.pubkey, in: &state) else {
                try deposit(.rewardDismissedNotInPool(worker: settle.pubkey, amount: reward), in: &state)
                continue
            }
            var pool = try stakePool(pid, in: &state)
            try handleNewReward(reward, pool: &pool, in: &state)
            store(pool, in: &state)
        }
    }

    /// Steps 1–8 of Phala's `handle_pool_new_reward` for one pool.
    private func handleNewReward(_ reward: Balance, pool: inout StakePool, in state: inout Overlay)
        throws(DispatchError)
    {
        let pid = pool.basePool.pid
        switch pool.basePool.admitReward(reward) {
        case .ignored: return
        case .dismissedDust:
            try deposit(.rewardDismissedDust(pid: pid, amount: reward), in: &state)
            return
        case .dismissedNoShare:
            try deposit(.rewardDismissedNoShare(pid: pid, amount: reward), in: &state)
            return
        case .accepted: break
        }
        do {
            try transferPHA(
                reward,
                from: configuration.subsidyAccount,
                to: configuration.wrappedBalancesAccount,
                keepAlive: false,
                in: &state
            )
        } catch {
            throw self.error(.internalSubsidyPoolCannotWithdraw)
        }
        let split = RewardSplit(reward: reward, commission: pool.payoutCommission ?? .zero)
        let ownerMinted = try mintWrapped(split.toOwner, into: pool.ownerRewardAccount, in: &state)
        if !ownerMinted {
            try deposit(.rewardToOwnerDismissedDust(pid: pid, amount: split.toOwner), in: &state)
        }
        let stakersMinted = try mintWrapped(split.toStakers, into: pool.poolAccount, in: &state)
        var distributed = false
        if stakersMinted, !BasePool.isDust(split.toStakers) {
            pool.basePool.distributeReward(split.toStakers)
            try markUpVaults(of: pool, reward: split.toStakers, in: &state)
            distributed = true
        } else if split.toStakers > .zero {
            try deposit(.rewardToDistributionDismissedDust(pid: pid, amount: split.toStakers), in: &state)
        }
        if distributed || ownerMinted {
            try deposit(.rewardReceived(pid: pid, toOwner: split.toOwner, toStakers: split.toStakers), in: &state)
        }
    }

    /// Raises each subscribed vault's value by its part of the stakers' reward (no tokens move); reads
    /// one holding per vault.
    private func markUpVaults(of pool: StakePool, reward: Balance, in state: inout Overlay) throws(DispatchError) {
        var basePool = pool.basePool
        for vaultPid in basePool.valueSubscribers {
            var vault = try vault(vaultPid, in: &state)
            try loadHolding(of: vault.poolAccount, into: &basePool, in: &state)
            let settled: Balance
            do {
                settled = try basePool.vaultRewardShare(vaultAccount: vault.poolAccount, reward: reward)
            } catch {
                throw self.error(StakePools.Error(error))
            }
            vault.basePool.distributeReward(settled)
            store(vault, in: &state)
        }
    }
}
