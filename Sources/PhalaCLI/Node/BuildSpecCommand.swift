import ArgumentParser
import Foundation
import PhalaRuntime

/// `phala build-spec --dev`: prints the development chain spec, to save and edit for `phala node --chain`.
struct BuildSpecCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-spec",
        abstract: "Print a chain spec as JSON (pretty, keys sorted).",
        discussion:
            "Example: phala build-spec --dev > spec.json && phala node --chain spec.json --base-path ./data --author //Alice"
    )

    @Flag(help: "The development chain (the only built-in spec).")
    var dev = false

    func validate() throws {
        guard dev else {
            throw ValidationError("build-spec needs --dev: the development chain is the only built-in spec")
        }
    }

    /// The spec as pretty JSON with sorted keys.
    func specJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(try ChainSpec.development()), as: UTF8.self)
    }

    func run() throws {
        print(try specJSON())
    }
}
