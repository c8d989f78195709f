import ArgumentParser
import JSONRPC
import PalletComputation
import PalletStakePools
import PhalaCrypto
import PhalaPrimitives
import RuntimeSupport

/// `phala pool info`: a stake pool's record, free stake, workers and one account's shares.
struct PoolInfoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show a pool: owner, commission, cap, shares, value, price, free stake, workers, withdraw queue.",
        discussion: """
            With --account also that account's shares, queued shares and their value (shares × price).
            --output json prints one object; amounts are planck in strings, the commission parts per million.
            Example: phala pool info --pid 0 --account //Bob
            """
    )

    @Option(help: "The pool id.") var pid: UInt64
    @Option(help: "Also show this account's position: an SS58 address, 0x account id or secret URI.")
    var account: String?
    @Option(help: "The output: text or json.") var output: OutputFormat = .text
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let account = try account.map { try AccountArgument.resolve($0, scheme: .sr25519) }
        let report = try await connection.withClient { client in
            try await Self.read(pid: pid, account: account, from: try await ChainStorage(client: client))
        }
        print(output == .json ? report.json.description : report.text)
    }

    /// Reads a pool's report from the chain.
    /// - Parameters:
    ///   - pid: the pool id.
    ///   - account: whose position to include.
    ///   - storage: the reader.
    /// - Returns: the report.
    /// - Throws: `CommandError` when the pool does not exist.
    static func read(pid: UInt64, account: AccountId32?, from storage: ChainStorage) async throws -> PoolReport {
        guard let pool = try await storage.value(StakePools.Storage.pools, pid) else {
            throw CommandError("there is no pool \(pid); `phala pool create` prints the pid of a new one")
        }
        let wrapped = StakePools.Storage.wrappedBalances
        var report = PoolReport(pool: pool, freeStake: .zero, ownerRewards: nil, workers: [], position: nil)
        switch pool {
        case .stakePool(let stake):
            report.freeStake = try await storage.value(wrapped, stake.poolAccount) ?? .zero
            report.ownerRewards = try await storage.value(wrapped, stake.ownerRewardAccount) ?? .zero
            for (pubkey, coolingDown) in stake.workers.map({ ($0, false) }) + stake.cdWorkers.map({ ($0, true) }) {
                let session = PoolAccounts.sessionAccount(pid: pid, worker: pubkey)
                report.workers.append(
                    PoolReport.Worker(
                        pubkey: pubkey,
                        coolingDown: coolingDown,
                        state: try await storage.value(Computation.Storage.sessions, session)?.state,
                        stake: try await storage.value(Computation.Storage.stakes, session)
                    )
                )
            }
        case .vault(let vault):
            report.freeStake = try await storage.value(wrapped, vault.poolAccount) ?? .zero
        }
        if let account {
            let key = StakePools.Storage.shareHoldings.storageKey(for: pid, account)
            let shares = try await storage.value(key, as: Balance.self) ?? .zero
            report.position = PoolReport.position(of: account, holding: shares, in: pool.basePool)
        }
        return report
    }
}
