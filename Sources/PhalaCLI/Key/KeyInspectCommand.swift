import ArgumentParser
import PhalaCrypto
import PhalaPrimitives

/// `phala key inspect`: shows the public key and addresses of a secret URI or an SS58 address.
struct KeyInspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the public key and SS58 addresses of a secret URI or an address.",
        discussion: """
            A secret URI is a BIP39 phrase or a 0x-prefixed 32-byte seed, followed by //hard and /soft \
            derivation junctions and an optional ///password; a URI that starts with / uses the dev phrase \
            (so //Alice is the dev account Alice). An SS58 address of any network prefix shows its public key.
            Examples:
              phala key inspect //Alice
              phala key inspect "//Alice" --scheme ed25519 --output json
              phala key inspect 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY
            """
    )

    @Argument(help: "A secret URI (phrase, 0x seed, //junctions, ///password) or an SS58 address.")
    var input: String

    @Option(
        help:
            "The signature scheme of a secret URI: \(SignatureScheme.allCases.map(\.rawValue).joined(separator: ", "))."
    )
    var scheme: SignatureScheme = .sr25519

    @Option(help: "How to print the result: text or json.")
    var output: OutputFormat = .text

    func run() throws {
        print(try report().rendered(as: output))
    }

    /// Reads the input as an address when it is one, otherwise as a secret URI.
    func report() throws -> KeyReport {
        if let (account, prefix) = try? AccountId32.decode(ss58: input) {
            return try KeyReport(
                heading: "Address `\(input)`",
                account: account,
                scheme: nil,
                secretPhrase: nil,
                secretSeed: nil,
                inputPrefix: prefix
            )
        }
        let (pair, seed) = try KeyPair.derive(uri: input, scheme: scheme)
        var phrase: String?
        if case .phrase(let words) = try SecretURI(input).root, !input.hasPrefix("/") { phrase = words }
        return try KeyReport(
            heading: "Secret Key URI `\(input)`",
            account: try AccountId32(bytes: pair.publicKey),
            scheme: scheme,
            secretPhrase: phrase,
            secretSeed: seed
        )
    }
}
