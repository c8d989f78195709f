import Foundation
import PhalaNode
import PhalaTesting
import Testing

/// Real Python clients against the server: websocket-client (substrate-interface's transport) and urllib.
@Suite(.timeLimit(.minutes(1))) struct PythonInteropTests {
    @Test func websocketClientAndURLLibAgreeWithTheServer() async throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/interop_client.py").path
        try await withServer(testMethods()) { port in
            let output = try await runPython(script, arguments: [String(port)])
            #expect(output == "ok\n")
        }
    }

    /// Runs `script` with the reference interpreter without blocking a thread of the cooperative pool,
    /// which the server under test needs.
    private func runPython(_ script: String, arguments: [String]) async throws -> String {
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
        #expect(status == 0, "interop_client.py failed:\n\(complaint)")
        return printed
    }
}
