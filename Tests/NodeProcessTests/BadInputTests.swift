import Foundation
import PhalaTesting
import Testing

/// Bad input against a real `phala dev` process over WebSocket and HTTP POST (issue 3, "Bad input"):
/// malformed JSON, invalid requests, unknown methods, wrong parameter types, a 17 MiB frame, truncated and
/// garbage extrinsics. The checks are in Fixtures/bad_input.py (websocket-client speaks raw frames); each
/// must get its JSON-RPC error and leave the node answering `system_health`.
@Suite struct BadInputTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bad_input.py").path

    @Test func everyBadRequestGetsItsErrorAndTheNodeKeepsServing() async throws {
        let interpreter = try PythonReference.interpreter()
        let node = try await NodeProcess.development()
        defer { node.kill() }
        let run = try ScriptRun(interpreter: interpreter, arguments: [Self.script, node.webSocketURL, "180"])
        let result = try await run.wait(timeout: .seconds(240))
        #expect(
            result.status == 0 && result.output.contains(" passed, 0 failed"),
            "bad_input.py exited with \(result.status):\n\(result.output)\n\(node.diagnostics)"
        )
        #expect(node.process.isRunning, "the node died on bad input\n\(node.diagnostics)")
        #expect(node.terminate() == 0, "the node did not stop cleanly on SIGTERM\n\(node.diagnostics)")
    }
}
