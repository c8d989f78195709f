import ArgumentParser
import Foundation
import Logging
import PhalaCrypto
import PhalaNode
import PhalaRuntime
import Testing

@testable import PhalaCLI

/// `phala dev`, `phala node` and `phala build-spec` parsed as the shell passes them, and the node
/// configuration they produce (no node is started).
@Suite struct NodeCommandTests {
    static let aliceSr25519 = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
    static let aliceEd25519 = "0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee"

    static func hex(_ bytes: [UInt8]) -> String {
        "0x"
            + bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
            .joined()
    }

    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("phala-cli-tests-\(UUID().uuidString)-\(name)")
            .path
    }

    @Test func devWithEveryFlagBuildsTheDevelopmentConfiguration() throws {
        let parsed = try PhalaCommand.parseAsRoot([
            "dev", "--tmp", "--block-time", "0.5", "--rpc-port", "0", "--rpc-external", "--log-level", "debug",
        ])
        let dev = try #require(parsed as? DevCommand)
        let configuration = try dev.nodeConfiguration()
        #expect(configuration.chainSpec == (try ChainSpec.development()))
        #expect(configuration.storage == .temporary)
        #expect(configuration.blockTime == .milliseconds(500))
        #expect(configuration.rpc.host == RPCServer.Configuration.allInterfacesHost)
        #expect(configuration.rpc.port == 0)
        #expect(Self.hex(try #require(configuration.author).aura.publicKey) == Self.aliceSr25519)
        #expect(Self.hex(try #require(configuration.author).grandpa.publicKey) == Self.aliceEd25519)
        #expect(dev.options.logLevel == .debug)
    }

    @Test func devDefaultsToLoopbackPort9944OneSecondAndTheDevDataDirectory() throws {
        let dev = try #require(try PhalaCommand.parseAsRoot(["dev"]) as? DevCommand)
        let configuration = try dev.nodeConfiguration()
        #expect(configuration.rpc.host == "127.0.0.1" && configuration.rpc.port == 9944)
        #expect(configuration.blockTime == .seconds(1))
        #expect(dev.options.logLevel == .info)
        #expect(dev.storage(environment: ["XDG_DATA_HOME": "/data"]) == .directory("/data/phala-swift/chains/dev"))
        #expect(
            dev.storage(environment: ["HOME": "/home/u"]) == .directory("/home/u/.local/share/phala-swift/chains/dev")
        )
        let custom = try #require(try PhalaCommand.parseAsRoot(["dev", "--base-path", "/tmp/x"]) as? DevCommand)
        #expect(custom.storage(environment: [:]) == .directory("/tmp/x"))
    }

    @Test func badNodeFlagsAreRefusedWhileParsing() {
        for arguments in [
            ["dev", "--tmp", "--base-path", "/tmp/x"], ["dev", "--block-time", "0"], ["dev", "--block-time", "1.2.3"],
            ["dev", "--block-time", "-1"], ["dev", "--rpc-port", "70000"], ["dev", "--log-level", "loud"],
            ["node", "--base-path", "/tmp/x"], ["build-spec"],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") { try PhalaCommand.parseAsRoot(arguments) }
        }
    }

    @Test func nodeWithAMissingSpecSaysHowToWriteOne() throws {
        let path = Self.temporaryPath("missing.json")
        let node = try #require(
            try PhalaCommand.parseAsRoot(["node", "--chain", path, "--base-path", "/tmp/x"]) as? NodeCommand
        )
        do {
            _ = try node.nodeConfiguration()
            Issue.record("a missing spec file was accepted")
        } catch let error as CommandError {
            #expect(error.description.hasPrefix("cannot read the chain spec \(path)"))
            #expect(error.description.contains("phala build-spec --dev > \(path)"))
        }
    }

    @Test func nodeWithAnInvalidSpecSaysSo() throws {
        let path = Self.temporaryPath("invalid.json")
        try Data(#"{"name": "x"}"#.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let node = try #require(
            try PhalaCommand.parseAsRoot(["node", "--chain", path, "--base-path", "/tmp/x"]) as? NodeCommand
        )
        do {
            _ = try node.nodeConfiguration()
            Issue.record("an invalid spec file was accepted")
        } catch let error as CommandError {
            #expect(error.description.hasPrefix("\(path) is not a valid chain spec"))
        }
    }

    @Test func nodeReadsTheSpecBuildSpecWroteAndTakesAuthorKeysFromOneURI() throws {
        let path = Self.temporaryPath("dev.json")
        let buildSpec = try #require(try PhalaCommand.parseAsRoot(["build-spec", "--dev"]) as? BuildSpecCommand)
        try Data(try buildSpec.specJSON().utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let arguments = [
            "node", "--chain", path, "--base-path", "/tmp/base", "--author", "//Alice", "--rpc-port", "9955",
        ]
        let node = try #require(try PhalaCommand.parseAsRoot(arguments) as? NodeCommand)
        let configuration = try node.nodeConfiguration()
        #expect(configuration.chainSpec == (try ChainSpec.development()))
        #expect(configuration.storage == .directory("/tmp/base"))
        #expect(configuration.rpc.port == 9955 && configuration.rpc.host == "127.0.0.1")
        #expect(Self.hex(try #require(configuration.author).aura.publicKey) == Self.aliceSr25519)
        #expect(Self.hex(try #require(configuration.author).grandpa.publicKey) == Self.aliceEd25519)

        let readOnly = try #require(
            try PhalaCommand.parseAsRoot(["node", "--chain", path, "--base-path", "/tmp/b"]) as? NodeCommand
        )
        #expect(try readOnly.nodeConfiguration().author == nil)
    }

    @Test func buildSpecPrintsTheDevelopmentSpecAsSortedPrettyJSON() throws {
        let command = try #require(try PhalaCommand.parseAsRoot(["build-spec", "--dev"]) as? BuildSpecCommand)
        let json = try command.specJSON()
        #expect(try JSONDecoder().decode(ChainSpec.self, from: Data(json.utf8)) == ChainSpec.development())
        #expect(json.hasPrefix("{\n  \"chainType\" : \"Development\",\n  \"genesis\" : {"))
    }

    @Test func theListeningLineIsExactlyWhatScriptsWaitFor() {
        #expect(NodeLauncher.listeningLine(host: "127.0.0.1", port: 9944) == "RPC listening on ws://127.0.0.1:9944")
    }
}
