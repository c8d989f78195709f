import Foundation
import PhalaTesting
import SCALE
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Issue 6's dev-network acceptance, driven through the `phala` binary: `phala dev` (gatekeeper and
/// compute worker) plus a second `phala worker`; `phala cluster create` puts both in one cluster; the
/// flipper is uploaded, instantiated, flipped with a transaction and read with an encrypted query, and
/// both workers report the same storage commitment for it. The oracle then quotes a price served by a
/// loopback HTTP server, and its signature verifies in py-sr25519-bindings.
@Suite(.timeLimit(.minutes(10))) struct ContractProcessTests {
    @Test func aDevClusterOfTwoWorkersRunsTheFlipperToOneStateAndTheOracleQuotesALoopbackPrice() async throws {
        let flipper = try ContractBuilder.build("flipper")
        let oracle = try ContractBuilder.build("oracle")
        let directory = NSTemporaryDirectory() + "phala-contracts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let systemCode = directory + "/system.wasm"
        try Data(flipper.wasm).write(to: URL(fileURLWithPath: systemCode))

        let node = try await NodeProcess.start(
            ["dev", "--tmp", "--rpc-port", "0", "--block-time", "0.5", "--allow-private-egress"]
        )
        defer { node.kill() }
        let url = node.webSocketURL
        let ticker = Task { await BlockTicker.run(url: url) }
        defer { ticker.cancel() }
        let second = try await NodeProcess.start(
            [
                "worker", "--node", url, "--operator", "//Bob", "--base-path", directory + "/worker", "--tee", "software",
                "--http-port", "0", "--allow-private-egress",
            ],
            announcement: "Worker HTTP API listening on "
        )
        defer { second.kill() }
        var flow = ContractFlow(url: url, directory: directory)
        do {
            try await flow.setUpCluster(node: node, secondWorker: second.url, systemCode: systemCode)
            try await flow.flipAndCompare(flipper)
            try await flow.quoteLoopbackPrice(oracle)
        } catch {
            Issue.record("\(error)\n--- node\n\(node.diagnostics)\n--- second worker\n\(second.diagnostics)")
        }
    }
}

/// The steps of the dev-network contract flow and what they hand on.
struct ContractFlow {
    let url: String
    let directory: String
    var workers: [String] = []
    var cluster = ""

    /// `phala cluster create` over both workers once they are registered and the gatekeeper holds the
    /// master key, then waits until the gatekeeper has announced the cluster key.
    mutating func setUpCluster(node: NodeProcess, secondWorker: String, systemCode: String) async throws {
        let gatekeeper = try await poll("the gatekeeper's API", timeout: .seconds(60)) {
            announced("Gatekeeper HTTP API listening on ", in: node.standardOutput.text)
        }
        let compute = try await poll("the compute worker's API", timeout: .seconds(60)) {
            announced("Compute worker HTTP API listening on ", in: node.standardOutput.text)
        }
        workers = [compute, secondWorker]
        _ = try await poll("the gatekeeper's master key", timeout: .seconds(180)) {
            let info = try? await Self.get(gatekeeper + "/info")
            return info?["masterPublicKey"] is String ? true : nil
        }
        var keys: [String] = []
        for worker in workers {
            keys.append(
                try await poll("registration of \(worker)", timeout: .seconds(180)) {
                    let info = try? await Self.get(worker + "/info")
                    return info?["registered"] as? Bool == true ? info?["publicKey"] as? String : nil
                }
            )
        }
        let created = try await CLIRun.succeed(
            ["cluster", "create", "--signer", "//Alice", "--worker", keys[0], "--worker", keys[1]]
                + ["--system-code", systemCode, "--output", "json", "--url", url]
        ).json()
        cluster = try #require(created["cluster"] as? String)
        _ = try await poll("the cluster key", timeout: .seconds(120)) { [self] in
            let info = try await CLIRun.succeed(["cluster", "info", "--cluster", cluster, "--output", "json", "--url", url])
                .json()
            return info["pubkey"] is String ? true : nil
        }
    }

    /// Upload, instantiate, flip with a transaction, read with a query, and the same commitment on both
    /// workers.
    func flipAndCompare(_ flipper: BuiltContract) async throws {
        let contract = try await deploy(flipper, arguments: ["--args", "false"])
        let before = try await query(flipper, contract, message: "get", worker: workers[0])
        #expect(ok(before["result"]) as? Bool == false, "\(before)")
        try await CLIRun.succeed(
            ["contract", "tx", "--signer", "//Alice", "--bundle", flipper.bundleURL.path, "--contract", contract]
                + ["--message", "flip", "--url", url]
        )
        let flipped = try await poll("the flip on the compute worker", timeout: .seconds(120)) {
            let answer = try await query(flipper, contract, message: "get", worker: workers[0])
            return ok(answer["result"]) as? Bool == true ? answer : nil
        }
        #expect(flipped["reverted"] as? Bool == false)
        let second = try await query(flipper, contract, message: "get", worker: workers[1])
        #expect(ok(second["result"]) as? Bool == true, "\(second)")

        let states = try await poll("one storage commitment on both workers", timeout: .seconds(60)) {
            let states = try await workers.asyncMap { try await Self.get($0 + "/contracts/" + contract) }
            let blocks = states.compactMap { $0["blockNumber"] as? Int }
            // Compared at one block: the workers dispatch at their own pace.
            guard blocks.count == 2, blocks[0] == blocks[1] else { return nil as [[String: Any]]? }
            return states
        }
        #expect(states[0]["storageCommitment"] as? String == states[1]["storageCommitment"] as? String)
        #expect(states[0]["codeHash"] as? String == "0x" + Hex.string(flipper.codeHash))
        #expect(states[0]["cluster"] as? String == cluster)
    }

    /// The oracle's get_price against a loopback server (allowed by --allow-private-egress), its
    /// signature checked with py-sr25519-bindings against the contract's public_key().
    func quoteLoopbackPrice(_ oracle: BuiltContract) async throws {
        let server = try LoopbackPriceServer(directory: directory + "/www", body: #"{"price": 1234.56}"#)
        defer { server.stop() }
        let port = try await server.port()
        let contract = try await deploy(oracle, arguments: [])
        let quote = try await query(
            oracle, contract, message: "get_price", worker: workers[1],
            arguments: ["--args", "http://127.0.0.1:\(port)/price.json"]
        )
        // MessageResult Ok ‖ Result<Quote, OracleError> Ok.
        let signed = try #require(ok(ok(quote["result"])) as? [String: Any], "\(quote)")
        #expect("\(signed["price"] ?? "")" == "1234560000")
        let signature = try #require(signed["signature"] as? String)
        let answer = try await query(oracle, contract, message: "public_key", worker: workers[1])
        let key = try #require(ok(answer["result"]) as? String, "\(answer)")
        let verify = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ContractEgressTests/Fixtures/sr25519_verify.py").path
        let price = Hex.string(UInt128(1_234_560_000).scaleEncoded())
        let verified = try PythonReference.run(
            script: verify,
            arguments: [String(signature.dropFirst(2)), price, String(key.dropFirst(2))]
        )
        #expect(verified.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "\(quote) key \(key)")
    }

    /// Uploads and instantiates `contract` with the CLI and waits until the cluster reported its key.
    /// - Returns: the contract id.
    func deploy(_ contract: BuiltContract, arguments: [String]) async throws -> String {
        let target = ["--bundle", contract.bundleURL.path, "--cluster", cluster, "--signer", "//Alice", "--url", url]
        try await CLIRun.succeed(["contract", "upload"] + target)
        let instantiated = try await CLIRun.succeed(
            ["contract", "instantiate"] + target + arguments + ["--deposit", "10PHA", "--output", "json"]
        ).json()
        let id = try #require(instantiated["contract"] as? String)
        _ = try await poll("the key of \(contract.name)", timeout: .seconds(120)) { [url] in
            let info = try await CLIRun.succeed(["contract", "info", "--contract", id, "--output", "json", "--url", url])
                .json()
            return info["pubkey"] is String ? true : nil
        }
        return id
    }

    /// `phala contract query … --output json` against `worker`.
    func query(
        _ contract: BuiltContract,
        _ id: String,
        message: String,
        worker: String,
        arguments: [String] = []
    ) async throws -> [String: Any] {
        try await CLIRun.succeed(
            ["contract", "query", "--signer", "//Bob", "--bundle", contract.bundleURL.path, "--contract", id]
                + ["--message", message, "--worker", worker, "--output", "json"] + arguments
        ).json()
    }

    /// `GET url` as a JSON object.
    static func get(_ url: String) async throws -> [String: Any] {
        guard let address = URL(string: url) else { throw TestFailure("not a URL: \(url)") }
        let (data, _) = try await URLSession.shared.data(from: address)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw TestFailure("GET \(url) answered no JSON object: \(String(decoding: data, as: UTF8.self))")
        }
        return object
    }
}

/// The `Ok` side of a decoded Rust `Result` (`{"Ok": value}`), or nil for an `Err` or another value.
func ok(_ value: Any?) -> Any? {
    (value as? [String: Any])?["Ok"]
}

/// The URL announced after `prefix` on a line of `output`, if that line was printed.
func announced(_ prefix: String, in output: String) -> String? {
    output.split(separator: "\n").first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
}

extension Array {
    /// `transform` applied to each element in order, awaiting each.
    func asyncMap<Mapped>(_ transform: (Element) async throws -> Mapped) async rethrows -> [Mapped] {
        var mapped: [Mapped] = []
        for element in self { mapped.append(try await transform(element)) }
        return mapped
    }
}
