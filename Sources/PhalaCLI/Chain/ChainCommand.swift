import ArgumentParser

/// `phala chain`: read-only questions about a running chain.
struct ChainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chain",
        abstract: "Inspect a running chain.",
        subcommands: [ChainInfoCommand.self]
    )
}
