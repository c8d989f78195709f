import EnclaveAPI
import Foundation
import Logging
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import WorkerHost
@_spi(Testing) import WorkerRuntime

/// The flipper's `get` end to end as a client sees it: ContractQueryClient signs, encrypts and POSTs
/// the query to /contracts/query of WorkerHost's WorkerAPI on 127.0.0.1, which passes it to a PRuntime
/// hosting a cluster with the flipper; the answer comes back encrypted and is opened. Client, server
/// and runtime share this process and the machine's cores.
enum HTTPQueryBenchmark {
    static let get: [UInt8] = [0x2f, 0x86, 0x5b, 0xd9]
    static let queriesPerClient = 5_000
    static let warmUpQueries = 1_000
    /// `ContractResult`'s end for `Ok(ExecReturnValue{flags: 0, data: Ok(true)})`, then events: None.
    static let okTrue: [UInt8] = [0, 0, 0, 0, 0, 8, 0, 1, 0]

    static func keyPair(_ seed: UInt8) throws -> Sr25519.KeyPair {
        try Sr25519.KeyPair(miniSecret: [UInt8](repeating: seed, count: 32))
    }

    static func run() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("http-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let runtime = try PRuntime(configuration: .init(dataDirectory: directory.path))
        let initialized = try await EnclaveClient(runtime).initialize(try DevChain(blocks: 0).initRequest())
        let alice = try keyPair(0xA1)
        let cluster = H256(try FixedBytes([UInt8](repeating: 0, count: 31) + [1]))
        let flipper = try await runtime.hostTestingCluster(
            id: cluster, key: try keyPair(0xC1), owner: AccountId32(try FixedBytes(alice.publicKey.bytes)),
            deposit: 1_000_000, contracts: [(try ContractCompiler.build("flipper"), [0x9b, 0xae, 0x9d, 0x5e, 0x01])])[0]

        var logger = Logger(label: "phala.worker.api.bench")
        logger.logLevel = .warning
        let (ports, listening) = AsyncStream<Int>.makeStream()
        let api = WorkerAPI(
            enclave: runtime, progress: RelayProgress(), configuration: .init(host: "127.0.0.1", port: 0), logger: logger,
            onListening: { _, port in listening.yield(port) })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await api.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CompileFailure(description: "the worker API never listened") }
            defer { group.cancelAll() }
            let client = try ContractQueryClient(
                workerURL: "http://127.0.0.1:\(port)", workerKey: try Sr25519.PublicKey(bytes: initialized.publicKey.bytes))
            @Sendable func query() async throws {
                let answer = try await client.query(contract: flipper, payload: get, signer: alice)
                guard answer.suffix(okTrue.count).elementsEqual(okTrue) else {
                    throw CompileFailure(description: "flipper get over HTTP answered \(answer), not Ok(true)")
                }
            }
            for _ in 0..<warmUpQueries { try await query() }
            let enclave = EnclaveClient(runtime)
            try await measurePreSealed(
                "enclave flipper get, no HTTP (sealed beforehand)", caller: "caller", format: microseconds,
                flipper: flipper, signer: alice, workerKey: initialized.publicKey
            ) { try await enclave.contractQuery($0) }
            try await measurePreSealed(
                "http flipper get, worker side (sealed beforehand)", caller: "connection", format: milliseconds,
                flipper: flipper, signer: alice, workerKey: initialized.publicKey
            ) { try await client.post($0) }
            for clients in [1, 2] {
                let start = ContinuousClock.now
                let all = try await withThrowingTaskGroup(of: [Double].self) { clientGroup in
                    for _ in 0..<clients {
                        clientGroup.addTask {
                            var own: [Double] = []
                            own.reserveCapacity(queriesPerClient)
                            for _ in 0..<queriesPerClient {
                                let began = ContinuousClock.now
                                try await query()
                                own.append(seconds(ContinuousClock.now - began))
                            }
                            return own
                        }
                    }
                    return try await clientGroup.reduce(into: []) { $0 += $1 }
                }
                let wall = seconds(ContinuousClock.now - start)
                report(
                    "http flipper get, \(clients) client\(clients == 1 ? "" : "s"): p50 \(milliseconds(median(all))), "
                        + "p99 \(milliseconds(percentile(all, 0.99))), \(Int(Double(all.count) / wall)) queries/s "
                        + "(\(all.count) queries in \(String(format: "%.2f", wall)) s)")
            }
        }
    }

    /// Times pre-sealed queries through `send` with 1 and 2 concurrent callers and reports each round.
    ///
    /// Queries are signed and sealed before the clock starts (a real client does that on its own
    /// machine). Called with WorkerAPI's POST (`worker side`: HTTP plus the worker's open, verify, run and
    /// seal) and with the PRuntime's in-process EnclaveClient (`enclave`: the same without HTTP); the
    /// difference is the HTTP server, client and loopback round trip.
    /// - Parameters:
    ///   - label: the report's start, e.g. "http flipper get, worker side (sealed beforehand)".
    ///   - caller: what one concurrent sender is called, "connection" or "caller".
    ///   - format: how latencies are printed (milliseconds or microseconds).
    static func measurePreSealed(
        _ label: String,
        caller: String,
        format: (Double) -> String,
        flipper: AccountId32,
        signer: Sr25519.KeyPair,
        workerKey: FixedBytes<32>,
        send: @escaping @Sendable (EncryptedContractQuery) async throws -> EncryptedContractResponse
    ) async throws {
        for callers in [1, 2] {
            let sealed = try sealQueries(clients: callers, flipper: flipper, signer: signer, workerKey: workerKey)
            let (all, wall) = try await timeAnswers(to: sealed, by: send)
            report(
                "\(label), \(callers) \(caller)\(callers == 1 ? "" : "s"): "
                    + "p50 \(format(median(all))), p99 \(format(percentile(all, 0.99))), "
                    + "\(Int(Double(all.count) / wall)) queries/s")
        }
    }

    /// Sends each caller's pre-sealed queries in order, the callers concurrently, timing every answer; then
    /// opens every answer with its query's session (after the clock stops) and checks that it is `Ok(true)`.
    /// - Returns: every query's latency in seconds, and the wall time of the whole round.
    static func timeAnswers(
        to sealed: [[(EncryptedContractQuery, ContractQuerySession)]],
        by send: @escaping @Sendable (EncryptedContractQuery) async throws -> EncryptedContractResponse
    ) async throws -> (latencies: [Double], wall: Double) {
        let start = ContinuousClock.now
        let results = try await withThrowingTaskGroup(of: (Int, [Double], [EncryptedContractResponse]).self) { group in
            for (index, own) in sealed.enumerated() {
                let queries = own.map(\.0)
                group.addTask {
                    var times: [Double] = []
                    var answers: [EncryptedContractResponse] = []
                    for query in queries {
                        let began = ContinuousClock.now
                        answers.append(try await send(query))
                        times.append(seconds(ContinuousClock.now - began))
                    }
                    return (index, times, answers)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let wall = seconds(ContinuousClock.now - start)
        for (index, _, answers) in results {
            for (answer, session) in zip(answers, sealed[index].map(\.1)) {
                guard try session.openResponse(answer).suffix(okTrue.count).elementsEqual(okTrue) else {
                    throw CompileFailure(description: "a pre-sealed flipper get did not answer Ok(true)")
                }
            }
        }
        return (results.flatMap(\.1), wall)
    }

    /// `queriesPerClient` flipper `get` queries per client, each signed and sealed to the worker.
    static func sealQueries(
        clients: Int,
        flipper: AccountId32,
        signer: Sr25519.KeyPair,
        workerKey: FixedBytes<32>
    ) throws -> [[(EncryptedContractQuery, ContractQuerySession)]] {
        let key = try Sr25519.PublicKey(bytes: workerKey.bytes)
        return try (0..<clients).map { _ in
            try (0..<queriesPerClient).map { _ in
                let signed = SignedContractQuery(
                    contract: flipper, payload: get,
                    notAfterMillis: ContractQueryClient.systemUnixTimeMillis() + 240_000, signedBy: signer)
                return try ContractQueryCipher.seal(signed, to: key)
            }
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
