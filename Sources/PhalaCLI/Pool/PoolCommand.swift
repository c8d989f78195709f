import ArgumentParser

/// `phala pool`: stake pools (PhalaStakePoolv2), their workers and their stakers, and W-PHA.
struct PoolCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pool",
        abstract: "Create and run stake pools, stake in them, and wrap PHA into the W-PHA they take.",
        discussion: """
            Every transaction waits until it is in a block by default, prints success or the module error \
            (e.g. PhalaStakePoolv2.UnauthorizedPoolOwner), the fee and the events, and exits non-zero \
            when it failed. Amounts: 1.5PHA, "1.5 PHA" or whole planck; shares are written like amounts.
            A staker's life cycle:
              phala pool create --signer //Alice                       (prints: pid 0)
              phala pool set-commission --signer //Alice --pid 0 --commission 20%
              phala pool add-worker --signer //Alice --pid 0 --worker 0x…
              phala pool wrap --signer //Bob --amount 5000PHA
              phala pool contribute --signer //Bob --pid 0 --amount 5000PHA
              phala pool start --signer //Alice --pid 0 --worker 0x… --stake 3000PHA
              phala pool info --pid 0 --account //Bob
              phala pool stop --signer //Alice --pid 0 --worker 0x…
              phala pool reclaim --signer //Alice --pid 0 --worker 0x…
              phala pool withdraw --signer //Bob --pid 0 --shares 5000PHA
              phala pool unwrap --signer //Bob --amount 5000PHA
            """,
        subcommands: [
            PoolCreateCommand.self, PoolSetCommissionCommand.self, PoolSetCapCommand.self, PoolAddWorkerCommand.self,
            PoolRemoveWorkerCommand.self, PoolStartCommand.self, PoolStopCommand.self, PoolReclaimCommand.self,
            PoolContributeCommand.self, PoolWithdrawCommand.self, PoolClaimCommand.self, PoolInfoCommand.self,
            PoolWrapCommand.self, PoolUnwrapCommand.self,
        ]
    )
}
