import ArgumentParser
import Foundation
import PhalaClient

/// `--bundle`: the `.contract` file every `phala contract` command that encodes or uploads code reads.
struct ContractBundleOptions: ParsableArguments {
    @Option(help: "The contract's .contract bundle (ink! 4 or ink! 3.x; code and metadata in one JSON file).")
    var bundle: String

    /// Reads and parses the bundle.
    /// - Throws: `CommandError` when the file cannot be read or is not a bundle.
    func load() throws -> ContractBundle {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: bundle)) } catch {
            throw CommandError("cannot read --bundle \(bundle): \(error.localizedDescription)")
        }
        do { return try ContractBundle(parsing: Array(data)) } catch {
            throw CommandError("--bundle \(bundle): \(error)")
        }
    }
}
