import ArgumentParser

/// `phala vault`: vaults, which pool stakers' W-PHA and invest it in stake pools.
struct VaultCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vault",
        abstract: "Create and run vaults: pools of W-PHA their owner invests in stake pools.",
        discussion: """
            Transactions wait until in a block by default and exit non-zero with the module error on failure.
            A vault's life cycle:
              phala vault create --signer //Charlie                   (prints: pid 1)
              phala vault set-commission --signer //Charlie --pid 1 --commission 10%
              phala vault contribute --signer //Bob --pid 1 --amount 1000PHA
              phala pool contribute --signer //Charlie --pid 0 --amount 1000PHA --as-vault 1
              phala vault info --pid 1 --account //Bob
              phala vault gain-shares --signer //Charlie --pid 1
              phala vault claim-shares --signer //Charlie --pid 1 --shares 1PHA
              phala vault withdraw --signer //Bob --pid 1 --shares 1000PHA
              phala vault check-force-withdraw --signer //Bob --pid 1
            """,
        subcommands: [
            VaultCreateCommand.self, VaultSetCommissionCommand.self, VaultContributeCommand.self,
            VaultWithdrawCommand.self, VaultClaimSharesCommand.self, VaultGainSharesCommand.self,
            VaultCheckForceWithdrawCommand.self, VaultInfoCommand.self,
        ]
    )
}
