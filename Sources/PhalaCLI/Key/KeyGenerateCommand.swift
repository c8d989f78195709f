import ArgumentParser
import PhalaCrypto
import PhalaPrimitives

/// `phala key generate`: makes a new account from a fresh BIP39 phrase.
struct KeyGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a new key from a fresh BIP39 phrase.",
        discussion: """
            The phrase comes from the system's secure random source. Write it down: it is the only way to \
            recover the account. Example: phala key generate --scheme ed25519 --words 24 --output json
            """
    )

    @Option(help: "The signature scheme: \(SignatureScheme.allCases.map(\.rawValue).joined(separator: ", ")).")
    var scheme: SignatureScheme = .sr25519

    @Option(help: "How many words the phrase has: 12, 15, 18, 21 or 24.")
    var words: Int = 12

    @Option(help: "How to print the result: text or json.")
    var output: OutputFormat = .text

    func validate() throws {
        guard [12, 15, 18, 21, 24].contains(words) else {
            throw ValidationError("--words must be 12, 15, 18, 21 or 24, not \(words).")
        }
    }

    func run() throws {
        let mnemonic = try Mnemonic.generate(wordCount: words)
        let (pair, seed) = try KeyPair.derive(uri: mnemonic.phrase, scheme: scheme)
        let report = try KeyReport(
            heading: "Generated \(scheme.rawValue) key",
            account: try AccountId32(bytes: pair.publicKey),
            scheme: scheme,
            secretPhrase: mnemonic.phrase,
            secretSeed: seed
        )
        print(report.rendered(as: output))
    }
}
