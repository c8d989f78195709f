public import ArgumentParser

/// The `phala` command line: the root that lists every subcommand.
///
/// Only this target maps errors to exit codes and messages; the libraries below it throw typed errors.
public struct PhalaCommand: AsyncParsableCommand {
    /// The command's name, summary and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "phala",
        abstract: "Phala Swift: a confidential computing cloud on a Substrate-compatible chain.",
        discussion: """
            Keys and addresses follow Substrate: sr25519 (the default) and ed25519 keys from BIP39 phrases \
            or seeds, derived with //hard and /soft junctions, shown as SS58 addresses for Phala (prefix 30) \
            and generic Substrate (prefix 42).
            """,
        version: "0.1.0",
        subcommands: [
            DevCommand.self, NodeCommand.self, WorkerGroupCommand.self, BuildSpecCommand.self, BalanceCommand.self,
            TxCommand.self, PoolCommand.self, VaultCommand.self, ContractGroupCommand.self, ChainCommand.self,
            KeyCommand.self, ClusterGroupCommand.self, AttestGroupCommand.self,
        ]
    )

    /// Creates the command; ArgumentParser fills it from the command line.
    public init() {}

    /// Parses this process's arguments, runs the chosen subcommand and exits with its status; the only
    /// thing the `phala` executable does.
    public static func runFromCommandLine() async {
        await main()
    }
}
