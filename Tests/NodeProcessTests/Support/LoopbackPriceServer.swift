import Foundation

#if canImport(Glibc)
    import Glibc
#endif
import PhalaTesting

/// Python's `http.server` on 127.0.0.1 (any free port), serving one `price.json` for the oracle contract.
/// It runs with the test interpreter (PHALA_TEST_PYTHON) and is terminated by `stop()`.
final class LoopbackPriceServer {
    private let process = Process()
    private let output = NodeProcess.Output()

    /// Writes `body` to `<directory>/price.json` and starts serving `directory`.
    /// - Throws: `PythonReference`'s error when no interpreter is configured, or the launch error.
    init(directory: String, body: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(body.utf8).write(to: URL(fileURLWithPath: directory + "/price.json"))
        process.executableURL = try PythonReference.interpreter()
        process.arguments = ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", directory]
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        pipe.fileHandleForReading.readabilityHandler = { [output] handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { output.append(data) }
        }
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// The port from the server's `Serving HTTP on 127.0.0.1 port N` line.
    /// - Throws: `TestFailure` when it printed none within 30 s.
    func port() async throws -> Int {
        try await poll("the loopback price server", timeout: .seconds(30), every: .milliseconds(100)) {
            let words = output.text.split(whereSeparator: \.isWhitespace)
            guard let index = words.firstIndex(of: "port"), index + 1 < words.count else { return nil }
            return Int(words[index + 1])
        }
    }

    /// Kills the server. SIGKILL, because a child spawned from a dispatch thread inherits that thread's
    /// blocked SIGTERM and would never see `terminate()`.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
