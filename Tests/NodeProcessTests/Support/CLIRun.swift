import Foundation

/// One run of a short-lived `phala` command (e.g. `pool create`), its output captured in files.
struct CLIRun {
    /// The arguments after `phala`.
    let arguments: [String]
    /// The exit status.
    let status: Int32
    /// Everything printed on stdout.
    let output: String
    /// Everything printed on stderr.
    let errors: String

    /// The run as one line of diagnostics.
    var summary: String {
        "phala \(arguments.joined(separator: " ")) exited \(status)\nstdout:\n\(output)\nstderr:\n\(errors)"
    }

    /// Runs `phala arguments` to completion.
    /// - Parameters:
    ///   - arguments: the command line after `phala`.
    ///   - timeout: how long it may take before it is killed and the run fails.
    /// - Returns: the finished run.
    /// - Throws: `TestFailure` when it did not finish in time, or when it could not be launched.
    static func run(_ arguments: [String], timeout: Duration = .seconds(120)) async throws -> CLIRun {
        let directory = NSTemporaryDirectory() + "phala-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let outPath = directory + "/out", errPath = directory + "/err"
        guard FileManager.default.createFile(atPath: outPath, contents: nil),
            FileManager.default.createFile(atPath: errPath, contents: nil)
        else { throw TestFailure("cannot create the output files in \(directory)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try PhalaExecutable.path())
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                process.terminate()
                process.waitUntilExit()
                throw TestFailure("phala \(arguments.joined(separator: " ")) took longer than \(timeout)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.waitUntilExit()
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return CLIRun(
            arguments: arguments,
            status: process.terminationStatus,
            output: read(outPath),
            errors: read(errPath)
        )
    }

    /// Runs `phala arguments` and requires it to succeed.
    /// - Throws: `TestFailure` with the run's output when it exits non-zero.
    @discardableResult
    static func succeed(_ arguments: [String], timeout: Duration = .seconds(120)) async throws -> CLIRun {
        let run = try await run(arguments, timeout: timeout)
        guard run.status == 0 else { throw TestFailure("expected success: \(run.summary)") }
        return run
    }

    /// The stdout parsed as one JSON object (for `--output json`).
    /// - Throws: `TestFailure` when it is not one.
    func json() throws -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] else {
            throw TestFailure("not a JSON object: \(summary)")
        }
        return object
    }
}
