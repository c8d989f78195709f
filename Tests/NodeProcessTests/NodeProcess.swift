import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `phala` process the tests drive over its socket: started, waited on until it prints its
/// announcement (`RPC listening on ws://HOST:PORT` for `dev`/`node`, `Worker HTTP API listening on
/// http://HOST:PORT` for `worker`), then stopped gracefully or killed.
///
/// Stop it in a `defer` (`kill()`); a process still running when the value is released is killed too.
final class NodeProcess {
    /// Why the node did not come up.
    struct StartFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// Bytes a pipe has delivered so far, appended from the pipe's reading thread.
    final class Output: Sendable {
        private let bytes = Mutex(Data())

        func append(_ data: Data) { bytes.withLock { $0.append(data) } }

        /// Everything read so far, as text.
        var text: String { bytes.withLock { String(decoding: $0, as: UTF8.self) } }
    }

    let process = Process()
    let arguments: [String]
    /// The text before the URL on the announcement line.
    let announcement: String
    let standardOutput = Output()
    let standardError = Output()
    /// The URL from the announcement line.
    private(set) var url = ""

    /// A node's WebSocket URL (its announced URL).
    var webSocketURL: String { url }

    /// `http://HOST:PORT`, the same listener for HTTP POST JSON-RPC.
    var httpURL: String { "http" + webSocketURL.dropFirst(2) }

    /// The host and port of the RPC listener.
    var address: (host: String, port: Int) {
        let hostAndPort = webSocketURL.dropFirst("ws://".count)
        let parts = hostAndPort.split(separator: ":")
        return (String(parts.first ?? ""), Int(parts.last ?? "") ?? 0)
    }

    private init(arguments: [String], announcement: String) {
        self.arguments = arguments
        self.announcement = announcement
    }

    deinit {
        if process.isRunning { kill() }
    }

    /// Starts `phala` with `arguments` and waits for its announcement line.
    /// - Parameters:
    ///   - arguments: e.g. `["dev", "--tmp", "--rpc-port", "0", "--block-time", "0.25"]`.
    ///   - announcement: the text before the URL on the line to wait for.
    ///   - timeout: how long to wait for the line.
    /// - Returns: the running process.
    /// - Throws: `StartFailure` with the tail of the process's standard error when it exits or stays silent.
    static func start(
        _ arguments: [String],
        announcement: String = "RPC listening on ",
        timeout: Duration = .seconds(180)
    ) async throws -> NodeProcess {
        let node = NodeProcess(arguments: arguments, announcement: announcement)
        try node.launch()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let url = node.announcedURL() {
                node.url = url
                return node
            }
            guard node.process.isRunning else {
                throw StartFailure(
                    description:
                        "phala \(arguments.joined(separator: " ")) exited with \(node.process.terminationStatus) before listening\n\(node.diagnostics)"
                )
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        node.kill()
        throw StartFailure(
            description:
                "phala \(arguments.joined(separator: " ")) printed no `\(announcement)` line within \(timeout)\n\(node.diagnostics)"
        )
    }

    /// A development node on a temporary database, any free port, blocks every `blockTime` seconds.
    /// - Parameters:
    ///   - basePath: the database directory; a temporary one when nil.
    ///   - blockTime: seconds per block.
    ///   - workers: whether the in-process gatekeeper and compute worker run (they sign with //Alice's
    ///     sudo key, so chain-only tests that count Alice's nonce turn them off).
    static func development(basePath: String? = nil, blockTime: String = "0.25", workers: Bool = false) async throws
        -> NodeProcess
    {
        let storage = basePath.map { ["--base-path", $0] } ?? ["--tmp"]
        return try await start(
            ["dev"] + storage + ["--rpc-port", "0", "--block-time", blockTime] + (workers ? [] : ["--no-workers"])
        )
    }

    private func launch() throws {
        process.executableURL = URL(fileURLWithPath: try PhalaExecutable.path())
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        for (pipe, output) in [(Pipe(), standardOutput), (Pipe(), standardError)] {
            pipe.fileHandleForReading.readabilityHandler = { handle in
                let data = handle.availableData
                if data.isEmpty { handle.readabilityHandler = nil } else { output.append(data) }
            }
            if output === standardOutput { process.standardOutput = pipe } else { process.standardError = pipe }
        }
        try process.run()
    }

    /// The URL of the first announcement line on standard output, once it is complete.
    private func announcedURL() -> String? {
        let text = standardOutput.text
        guard let range = text.range(of: announcement) else { return nil }
        let rest = text[range.upperBound...]
        guard let end = rest.firstIndex(of: "\n") else { return nil }
        return String(rest[..<end]).trimmingCharacters(in: .whitespaces)
    }

    /// The command line, its exit status if it has exited, and the last 4,000 characters of standard error.
    var diagnostics: String {
        let status = process.isRunning ? "running" : "exited with \(process.terminationStatus)"
        return
            "phala \(arguments.joined(separator: " ")) (\(status)); stderr tail:\n\(String(standardError.text.suffix(4_000)))"
    }

    /// Sends SIGTERM and waits for a graceful exit, falling back to SIGKILL after `grace`.
    /// - Returns: the exit status, or nil when the node had to be killed.
    @discardableResult
    func terminate(grace: Duration = .seconds(30)) -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        process.terminate()
        let deadline = ContinuousClock.now + grace
        while process.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        guard !process.isRunning else {
            kill()
            return nil
        }
        return process.terminationStatus
    }

    /// Sends SIGKILL (a crash: no shutdown code runs) and waits for the process to end.
    func kill() {
        if process.isRunning {
            #if canImport(Glibc)
                _ = Glibc.kill(process.processIdentifier, SIGKILL)
            #else
                _ = Darwin.kill(process.processIdentifier, SIGKILL)
            #endif
        }
        process.waitUntilExit()
    }
}
