import ArgumentParser

/// `phala tx`: sign and submit transactions.
struct TxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tx",
        abstract: "Sign and submit transactions.",
        subcommands: [TxTransferCommand.self]
    )
}
