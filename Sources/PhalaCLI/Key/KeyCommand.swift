import ArgumentParser

/// `phala key`: create and inspect account keys without touching a chain.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Generate and inspect sr25519 and ed25519 account keys.",
        subcommands: [KeyGenerateCommand.self, KeyInspectCommand.self]
    )
}
