import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `phala dev` (or `phala node`) process the tests drive over its RPC socket: started, waited on until
/// it prints `RPC listening on ws://HOST:PORT`, then stopped gracefully or killed.
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
    let standardOutput = Output()
    let standardError = Output()
    /// The WebSocket URL from the node's `RPC listening on` line.
    private(set) var webSocketURL = ""

    /// `http://HOST:PORT`, the same listener for HTTP POST JSON-RPC.
    var httpURL: String { "http" + webSocketURL.dropFirst(2) }

    /// The host and port of the RPC listener.
    var address: (host: String, port: Int) {
        let hostAndPort = webSocketURL.dropFirst("ws://".count)
        let parts = hostAndPort.split(separator: ":")
        return (String(parts.first ?? ""), Int(parts.last ?? "") ?? 0)
    }

    private init(arguments: [String]) {
        self.arguments = arguments
    }

    deinit {
        if process.isRunning { kill() }
    }

    /// Starts `phala` with `arguments` and waits for its RPC line.
    /// - Parameters:
    ///   - arguments: e.g. `["dev", "--tmp", "--rpc-port", "0", "--block-time", "0.25"]`.
    ///   - timeout: how long to wait for the `RPC listening on` line.
    /// - Returns: the running node.
    /// - Throws: `StartFailure` with the tail of the node's standard error when it exits or stays silent.
    static func start(_ arguments: [String], timeout: Duration = .seconds(180)) async throws -> NodeProcess {
        let node = NodeProcess(arguments: arguments)
        try node.launch()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let url = node.announcedURL() {
                node.webSocketURL = url
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
                "phala \(arguments.joined(separator: " ")) printed no `RPC listening on` line within \(timeout)\n\(node.diagnostics)"
        )
    }

    /// A development node on a temporary database, any free port, blocks every `blockTime` seconds.
    static func development(basePath: String? = nil, blockTime: String = "0.25") async throws -> NodeProcess {
        let storage = basePath.map { ["--base-path", $0] } ?? ["--tmp"]
        return try await start(["dev"] + storage + ["--rpc-port", "0", "--block-time", blockTime])
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

    /// The URL of the first `RPC listening on ws://…` line on standard output, once it is complete.
    private func announcedURL() -> String? {
        let prefix = "RPC listening on "
        let text = standardOutput.text
        guard let range = text.range(of: prefix) else { return nil }
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
