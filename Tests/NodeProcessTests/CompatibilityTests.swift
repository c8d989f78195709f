import Foundation
import PhalaTesting
import Testing

/// The unmodified Python client substrate-interface 1.8.1 against a fresh `phala dev` process
/// (issue 3's compatibility acceptance point; the checks are in Fixtures/compat.py).
@Suite struct CompatibilityTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/compat.py").path

    @Test func substrateInterfaceDrivesAFreshDevelopmentNode() async throws {
        let interpreter = try PythonReference.interpreter()
        let node = try await NodeProcess.development()
        defer { node.kill() }
        let run = try ScriptRun(interpreter: interpreter, arguments: [Self.script, node.webSocketURL, "240"])
        let result = try await run.wait(timeout: .seconds(300))
        #expect(
            result.status == 0 && result.output.contains(" passed, 0 failed"),
            "compat.py exited with \(result.status):\n\(result.output)\n\(node.diagnostics)"
        )
        #expect(node.process.isRunning, "the node died during the suite\n\(node.diagnostics)")
    }
}

/// A Python script run with its standard output and error merged, so a failure shows every line.
struct ScriptRun {
    let process = Process()
    let output = NodeProcess.Output()

    init(interpreter: URL, arguments: [String]) throws {
        process.executableURL = interpreter
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        let output = output
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { output.append(data) }
        }
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
    }

    /// Waits for the script to exit, killing it after `timeout`.
    /// - Returns: its exit status (-1 when it was killed) and everything it printed.
    func wait(timeout: Duration) async throws -> (status: Int32, output: String) {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return (-1, output.text + "\n(killed after \(timeout))")
        }
        // Let the pipe's reader deliver the last bytes.
        try await Task.sleep(for: .milliseconds(200))
        return (process.terminationStatus, output.text)
    }
}
