import Foundation

extension ContractBuilder {
    /// Compiles generated C source against phat.h with the same flags as the test contracts, uncached:
    /// for contracts that exist only as generated text (the benchmarks' ~100 KB contract).
    /// - Parameters:
    ///   - source: the C source text.
    ///   - name: a file name for it (the flags of a contract by that name apply).
    /// - Returns: the Wasm code.
    /// - Throws: `ContractBuildError` when clang cannot be found or fails.
    public static func compile(source: String, name: String) throws -> [UInt8] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("phala-source-\(UUID().uuidString)")
        try createDirectory(scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let sourceURL = scratch.appendingPathComponent("\(name).c")
        let output = scratch.appendingPathComponent("\(name).wasm")
        do { try Data(source.utf8).write(to: sourceURL) } catch {
            throw ContractBuildError(description: "cannot write \(sourceURL.path): \(error)")
        }
        try compile(
            clang: try compiler(), flags: compilerFlags(for: name),
            include: contractsDirectory.appendingPathComponent("include"), source: sourceURL, output: output
        )
        return try read(output)
    }
}
