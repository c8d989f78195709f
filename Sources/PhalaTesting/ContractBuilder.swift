import Foundation
import PhalaCrypto

/// Builds the project's own test Phat contracts (C sources under Tests/Contracts) into ink! 4 code
/// and `.contract` bundles, so tests run contracts made from source instead of checked-in binaries.
///
/// Each contract is Tests/Contracts/<name>/<name>.c plus its metadata <name>.json, compiled with
/// clang for wasm32 against the shared header Tests/Contracts/include/phat.h. Outputs are cached in
/// the temporary directory under a hash of the sources and flags; parallel tests share the cache
/// safely because a finished build appears there only through one atomic rename.
public enum ContractBuilder {
    /// Compiles (or takes from the cache) the contract `name` and fills in its bundle.
    /// - Parameter name: the contract's directory under Tests/Contracts, e.g. "flipper".
    /// - Returns: the Wasm code, its code hash, the filled bundle and the bundle's file.
    /// - Throws: `ContractBuildError` when the sources are missing, clang cannot be found or fails
    ///   (with clang's messages), or the metadata is not valid JSON.
    public static func build(_ name: String) throws -> BuiltContract {
        let directory = contractsDirectory.appendingPathComponent(name)
        let source = try read(directory.appendingPathComponent("\(name).c"))
        let metadata = try read(directory.appendingPathComponent("\(name).json"))
        let header = try read(contractsDirectory.appendingPathComponent("include/phat.h"))
        let clang = try compiler()
        let flags = compilerFlags(for: name)

        var keyMaterial = Array(compilerIdentity(clang).utf8) + [0] + Array(flags.joined(separator: "\u{0}").utf8) + [0]
        keyMaterial += source + [0] + header + [0] + metadata
        let key = Hex.string(Hashing.blake2_256(keyMaterial).prefix(12))
        let output = cacheDirectory.appendingPathComponent("\(name)-\(key)")
        let wasmURL = output.appendingPathComponent("\(name).wasm")
        let bundleURL = output.appendingPathComponent("\(name).contract")

        if !FileManager.default.fileExists(atPath: bundleURL.path) {
            let staging = cacheDirectory.appendingPathComponent(".\(name)-\(UUID().uuidString)")
            try createDirectory(staging)
            defer { try? FileManager.default.removeItem(at: staging) }
            let stagedWasm = staging.appendingPathComponent(wasmURL.lastPathComponent)
            try compile(
                clang: clang, flags: flags, include: contractsDirectory.appendingPathComponent("include"),
                source: directory.appendingPathComponent("\(name).c"), output: stagedWasm
            )
            let wasm = try read(stagedWasm)
            let bundle = try filledBundle(metadata: metadata, wasm: wasm, name: name)
            do {
                try Data(bundle).write(to: staging.appendingPathComponent(bundleURL.lastPathComponent))
            } catch {
                throw ContractBuildError(description: "cannot write the bundle of \(name) into \(staging.path): \(error)")
            }
            // rename(2) of a directory is atomic; when another test got there first, its identical
            // output stays and ours is discarded.
            do {
                try FileManager.default.moveItem(at: staging, to: output)
            } catch where FileManager.default.fileExists(atPath: bundleURL.path) {
                // Another test finished the same build first; both outputs are identical.
            } catch {
                throw ContractBuildError(description: "cannot move the build of \(name) to \(output.path): \(error)")
            }
        }
        let wasm = try read(wasmURL)
        let bundle = try read(bundleURL)
        let selectors = try BundleSelectors(bundle: bundle, name: name)
        return BuiltContract(
            name: name, wasm: wasm, codeHash: Hashing.blake2_256(wasm), bundle: bundle, bundleURL: bundleURL,
            constructors: selectors.constructors, messages: selectors.messages
        )
    }

    /// Tests/Contracts, found from this file's location in the repository.
    static var contractsDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // PhalaTesting
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // repository
            .appendingPathComponent("Tests/Contracts")
    }

    /// Where finished builds are kept between test runs.
    static var cacheDirectory: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("phala-contracts")
    }

    static func read(_ url: URL) throws -> [UInt8] {
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw ContractBuildError(description: "cannot read \(url.path): \(error). Is the contract name right?")
        }
    }

    static func createDirectory(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw ContractBuildError(description: "cannot create the build directory \(url.path): \(error)")
        }
    }
}
