import Foundation
import Testing

/// The harness itself: a node that cannot start is reported with its standard error, and a running one
/// stops on SIGTERM with status 0.
@Suite struct NodeProcessTests {
    @Test func aNodeThatCannotStartFailsWithItsStandardError() async throws {
        let failure = await #expect(throws: NodeProcess.StartFailure.self) {
            _ = try await NodeProcess.start(
                ["dev", "--tmp", "--rpc-port", "0", "--block-time", "0"],
                timeout: .seconds(30)
            )
        }
        #expect(failure?.description.contains("exited with") == true, "\(failure.map(String.init(describing:)) ?? "")")
        #expect(
            failure?.description.contains("block time") == true || failure?.description.contains("block-time") == true,
            "the stderr tail should name the bad block time"
        )
    }

    @Test func aRunningNodeStopsOnSIGTERM() async throws {
        let node = try await NodeProcess.development()
        defer { node.kill() }
        #expect(node.webSocketURL.hasPrefix("ws://127.0.0.1:"))
        #expect(node.address.port > 0)
        #expect(node.terminate() == 0, "\(node.diagnostics)")
        #expect(!node.process.isRunning)
    }
}
