import Foundation
import PhalaTesting
import Testing

/// The unmodified substrate-interface against the API served by `RPCServer`, with blocks authored
/// every 100 ms while the script runs.
@Suite(.timeLimit(.minutes(2))) struct NodeAPIPythonTests {
    @Test func substrateInterfaceReadsQueriesSubscribesAndSubmits() async throws {
        var world = try APIWorld()
        let transfer = try world.sign(
            APIWorld.transfer(to: try DevKey.bob, planck: 1_000_000_000_000),
            by: try DevKey.alice,
            nonce: 0
        )
        try await world.produceBlock([transfer])
        try await world.produceBlock([])
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/substrate_interface_client.py").path
        let author = world
        try await withServer(world.methods) { port in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    var author = author
                    while !Task.isCancelled {
                        try await Task.sleep(for: .milliseconds(100))
                        try await author.produceBlock()
                    }
                }
                let (status, output, errors) = try await runPython(script, arguments: [String(port)])
                #expect(status == 0, "substrate_interface_client.py failed:\n\(errors)")
                #expect(output == "ok\n")
                group.cancelAll()
            }
        }
    }

    /// Runs `script` with the reference interpreter without blocking a thread of the cooperative pool.
    private func runPython(_ script: String, arguments: [String]) async throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = try PythonReference.interpreter()
        process.arguments = [script] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (status, printed, complaint)
    }
}
