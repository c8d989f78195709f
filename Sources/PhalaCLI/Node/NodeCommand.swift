import ArgumentParser
import Foundation
import PhalaCrypto
import PhalaNode
import PhalaRuntime

/// `phala node`: a node for the chain in a spec file, authoring only when given authority keys.
struct NodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "node",
        abstract: "Run a node for the chain described by a chain spec file.",
        discussion: """
            Write a spec with `phala build-spec --dev > spec.json` and edit it. With --author URI the node \
            authors blocks with the sr25519 key of URI (an Aura authority in the spec) and finalizes them \
            with the ed25519 key of the same URI (a GRANDPA voter); without it the node serves its stored \
            chain. stdout gets one line once RPC is bound, `RPC listening on ws://HOST:PORT`.
            """
    )

    @Option(help: "The chain spec JSON file.")
    var chain: String

    @Option(help: "The directory for the chain's database (created if missing).")
    var basePath: String

    @Option(help: "Secret URI of the authority keys, e.g. //Alice (sr25519 for Aura, ed25519 for GRANDPA).")
    var author: String?

    @OptionGroup var options: NodeOptions

    /// The node configuration these flags describe; reads the chain spec file.
    /// - Throws: `CommandError` when the spec file is missing or invalid, or the author URI is not a secret URI.
    func nodeConfiguration() throws -> NodeConfiguration {
        NodeConfiguration(
            chainSpec: try Self.loadSpec(at: chain),
            storage: .directory(basePath),
            blockTime: options.blockTime,
            author: try author.map(Self.authorKeys),
            rpc: options.rpc
        )
    }

    /// Reads and decodes a chain spec file.
    static func loadSpec(at path: String) throws -> ChainSpec {
        let hint = "write one with `phala build-spec --dev > \(path)`"
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandError("cannot read the chain spec \(path): no such file; \(hint)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandError("cannot read the chain spec \(path): \(error.localizedDescription); \(hint)")
        }
        do {
            return try JSONDecoder().decode(ChainSpec.self, from: data)
        } catch {
            throw CommandError(
                "\(path) is not a valid chain spec: \(Self.explain(error)); compare it with `phala build-spec --dev`"
            )
        }
    }

    /// A JSON decoding failure in words: what is wrong, and where (`genesis.balances[0]`).
    private static func explain(_ error: any Error) -> String {
        func location(_ path: [any CodingKey]) -> String {
            let text = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "the top level" : String(text.drop { $0 == "." })
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context):
            return "\"\(key.stringValue)\" is missing at \(location(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let reason =
                context.debugDescription.hasSuffix(".")
                ? context.debugDescription.dropLast() : Substring(context.debugDescription)
            return "\(reason) at \(location(context.codingPath))"
        default:
            return "\(error)"
        }
    }

    /// The sr25519 Aura key and the ed25519 GRANDPA key of one secret URI.
    static func authorKeys(uri: String) throws -> NodeConfiguration.Author {
        do {
            return NodeConfiguration.Author(
                aura: try KeyPair(uri: uri, scheme: .sr25519),
                grandpa: try KeyPair(uri: uri, scheme: .ed25519)
            )
        } catch {
            throw CommandError(
                "--author needs a secret URI usable for sr25519 and ed25519 keys, such as //Alice: \(error)"
            )
        }
    }

    func run() async throws {
        let configuration = try nodeConfiguration()
        try DataDirectory.create(basePath)
        try await NodeLauncher.run(configuration, logLevel: options.logLevel)
    }
}
