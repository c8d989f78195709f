import ArgumentParser
import Logging
import PhalaCrypto
import PhalaPrimitives
import Testing
import WorkerHost
import WorkerRuntime

@testable import PhalaCLI

/// `phala worker` parsed as the shell passes it, and the configurations it produces (nothing is started).
@Suite struct WorkerCommandTests {
    static let required = ["worker", "--operator", "//Alice", "--base-path", "/tmp/w", "--tee", "software"]

    @Test func everyFlagReachesTheRelayTheAPIAndTheEnclaveConfiguration() throws {
        let parsed = try PhalaCommand.parseAsRoot(
            Self.required + [
                "--node", "ws://10.0.0.1:9955", "--http-host", "0.0.0.0", "--http-port", "0", "--checkpoint-interval",
                "7",
                "--log-level", "debug",
            ]
        )
        let worker = try #require(parsed as? WorkerCommand)
        #expect(worker.relayConfiguration.nodeURL == "ws://10.0.0.1:9955")
        #expect(worker.apiConfiguration == WorkerAPI.Configuration(host: "0.0.0.0", port: 0))
        #expect(worker.runtimeConfiguration.dataDirectory == "/tmp/w")
        #expect(worker.runtimeConfiguration.checkpointInterval == 7)
        #expect(worker.tee == .software)
        #expect(worker.logLevel == .debug)
        // //Alice's sr25519 public key (subkey inspect //Alice).
        #expect(
            Hex.encode(try worker.operatorKey().publicKey)
                == "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
        )
    }

    @Test func defaultsAreTheLocalNodeLoopbackPort8000AndCheckpointsEvery100Blocks() throws {
        let worker = try #require(try PhalaCommand.parseAsRoot(Self.required) as? WorkerCommand)
        #expect(worker.relayConfiguration.nodeURL == "ws://127.0.0.1:9944")
        #expect(worker.apiConfiguration == WorkerAPI.Configuration(host: "127.0.0.1", port: 8000))
        #expect(worker.runtimeConfiguration.checkpointInterval == 100)
        #expect(worker.logLevel == .info)
    }

    @Test func hardwareTEEsAreRefusedNamingTheDCAPIssue() {
        for tee in ["sgx", "tdx", "dcap"] {
            var arguments = Self.required
            arguments[arguments.count - 1] = tee
            do {
                _ = try PhalaCommand.parseAsRoot(arguments)
                Issue.record("--tee \(tee) was accepted")
            } catch {
                let message = PhalaCommand.message(for: error)
                #expect(message.contains("only `software` exists"), "\(message)")
                #expect(message.contains("issue 7"), "\(message)")
            }
        }
    }

    @Test func missingOrBadFlagsAreRefusedWhileParsing() {
        for arguments in [
            ["worker", "--base-path", "/tmp/w", "--tee", "software"],
            ["worker", "--operator", "//Alice", "--tee", "software"],
            ["worker", "--operator", "//Alice", "--base-path", "/tmp/w"],
            Self.required + ["--http-port", "70000"],
            Self.required + ["--node", "http://127.0.0.1:9944"],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") { _ = try PhalaCommand.parseAsRoot(arguments) }
        }
    }

    @Test func badOperatorURIIsACommandError() throws {
        var arguments = Self.required
        arguments[2] = "not a secret uri"
        let worker = try #require(try PhalaCommand.parseAsRoot(arguments) as? WorkerCommand)
        #expect(throws: CommandError.self) { try worker.operatorKey() }
    }

    @Test func listeningLineIsWhatProcessTestsParse() {
        #expect(
            WorkerCommand.listeningLine(host: "127.0.0.1", port: 8123)
                == "Worker HTTP API listening on http://127.0.0.1:8123"
        )
    }
}
