import JSONRPC
import PalletStakePools
import PhalaCrypto
import PhalaClient
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE

/// Reads a process node's chain directly for the checks the CLI's reports cannot make alone: a pool's
/// `RewardReceived` events and W-PHA balances, all at one block.
struct ChainProbe {
    /// One block's view of a stake pool.
    struct PoolAtBlock {
        /// The block's number.
        let number: BlockNumber
        /// The pool record.
        let pool: StakePool
        /// The W-PHA of the owner reward account.
        let ownerRewards: Balance
        /// Bob's share holding (`ShareHoldings`).
        let bobShares: Balance
        /// Every `RewardReceived` of the pool from block 1 to `number`, oldest first.
        let rewards: [(toOwner: Balance, toStakers: Balance)]
    }

    /// The node's WebSocket URL.
    let url: String

    /// The best block's number.
    func bestNumber() async throws -> BlockNumber {
        try await Client.withConnection(to: url) { client in
            let (_, number) = try await Self.best(client)
            return number
        }
    }

    /// `account`'s W-PHA at the best block.
    func wrappedBalance(of account: AccountId32) async throws -> Balance {
        try await Client.withConnection(to: url) { client in
            let key = StakePools.Storage.wrappedBalances.storageKey(for: account)
            return try await client.storage(key).map { try Balance(scaleDecoding: $0) } ?? .zero
        }
    }

    /// Pool `pid` at the best block, with its reward events so far.
    func pool(_ pid: UInt64) async throws -> PoolAtBlock {
        try await Client.withConnection(to: url) { client in
            let (hash, number) = try await Self.best(client)
            guard let bytes = try await client.storage(StakePools.Storage.pools.storageKey(for: pid), at: hash),
                case .stakePool(let pool) = try PoolProxy(scaleDecoding: bytes)
            else { throw TestFailure("no stake pool \(pid) at #\(number)") }
            let ownerKey = StakePools.Storage.wrappedBalances.storageKey(for: pool.ownerRewardAccount)
            let ownerRewards = try await client.storage(ownerKey, at: hash).map { try Balance(scaleDecoding: $0) }
            let bob = try AccountId32(bytes: KeyPair(uri: "//Bob", scheme: .sr25519).publicKey)
            let holdingKey = StakePools.Storage.shareHoldings.storageKey(for: pid, bob)
            let bobShares = try await client.storage(holdingKey, at: hash).map { try Balance(scaleDecoding: $0) }
            var rewards: [(toOwner: Balance, toStakers: Balance)] = []
            for height in 1...max(number, 1) {
                guard let block = try await client.blockHash(number: height) else { continue }
                for record in try [EventRecord<RuntimeEvent>](scaleDecoding: try await client.events(at: block)) {
                    if case .stakePools(.rewardReceived(pid, let toOwner, let toStakers)) = record.event {
                        rewards.append((toOwner, toStakers))
                    }
                }
            }
            return PoolAtBlock(
                number: number,
                pool: pool,
                ownerRewards: ownerRewards ?? .zero,
                bobShares: bobShares ?? .zero,
                rewards: rewards
            )
        }
    }

    private static func best(_ client: Client) async throws -> (H256, BlockNumber) {
        let reply = try await client.request("chain_getBlockHash")
        guard let text = reply.string, let hash = try? H256(FixedBytes<32>(hex: text)),
            let header = try await client.header(hash: hash)
        else { throw TestFailure("chain_getBlockHash answered \(reply)") }
        return (hash, header.number)
    }
}
