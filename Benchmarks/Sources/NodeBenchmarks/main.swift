// Node performance in one run, side by side:
//   import   — blocks of 1,000 and 5,000 signed sr25519 transfers imported into a file database: signatures
//              verified inline during execution, ahead on one task, and ahead on every core;
//   rpc      — `state_getStorage` over one WebSocket to an in-process node: back-to-back, and paced at 1,000/s;
//   disk     — database bytes for 100,000 endowed accounts (over the dev genesis alone).
//
//   swift run -c release NodeBenchmarks [import] [rpc] [disk]      (all three by default)
//
// Medians of 5 runs (import); latency percentiles over every request (rpc).
import Foundation
import JSONRPC
import Logging
import PhalaClient
import PhalaCrypto
import PhalaNode
import PhalaPrimitives
import PhalaRuntime
import SCALE
import ServiceLifecycle
import StateStore

let selected = Set(CommandLine.arguments.dropFirst())
let runAll = selected.isEmpty
let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    let (whole, attoseconds) = duration.components
    return Double(whole) + Double(attoseconds) / 1e18
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}
func temporaryDirectory(_ name: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("phala-bench-\(name)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
func directorySize(_ path: String) throws -> Int {
    try FileManager.default.contentsOfDirectory(atPath: path).reduce(0) { total, name in
        let attributes = try FileManager.default.attributesOfItem(atPath: path + "/" + name)
        return total + ((attributes[.size] as? NSNumber)?.intValue ?? 0)
    }
}
func openChain(_ directory: String, spec: ChainSpec, runtime: Runtime) throws -> ChainDatabase {
    let database = try ChainDatabase(path: directory + "/chain.sqlite")
    let genesis = try runtime.genesis(spec)
    _ = try database.commit(
        BlockCommit(
            block: Block(header: genesis.header, extrinsics: []), stateChanges: genesis.changes, storageChanges: [],
            makeBest: true, finalize: true))
    return database
}

/// A signed immortal Balances.transfer_keep_alive (pallet 1, call 3) of 1 planck-PHA... from `pair`.
func transfer(from pair: KeyPair, to dest: AccountId32, nonce: UInt32, genesis: H256) throws -> [UInt8] {
    var call = ScaleEncoder()
    call.append([1, 3, 0])
    call.encode(dest)
    call.encode(Compact(UInt128(1_000_000_000_000)))
    let extra = SignedExtra(era: .immortal, nonce: nonce, tip: Balance(planck: 0))
    let payload = SigningPayload(
        call: call.bytes, extra: extra, specVersion: Runtime.version.specVersion,
        transactionVersion: Runtime.version.transactionVersion, genesisHash: genesis, eraBlockHash: genesis)
    let signature = MultiSignature.sr25519(try FixedBytes(pair.sign(payload.bytesToSign)))
    let signer = try AccountId32(bytes: pair.publicKey)
    return UncheckedExtrinsic(signature: ExtrinsicSignature(address: .id(signer), signature: signature, extra: extra), call: call.bytes)
        .scaleEncoded()
}

// MARK: - import

func benchmarkImport() async throws {
    let runtime = Runtime()
    let spec = try ChainSpec.development()
    let alice = try KeyPair(uri: "//Alice", scheme: .sr25519)
    let bob = try AccountId32(bytes: KeyPair(uri: "//Bob", scheme: .sr25519).publicKey)
    print("Block import of signed sr25519 transfers (file database, one transaction per block), median of 5 runs:")
    print("  block size | verify inline | verify ahead, 1 task | verify ahead, \(ParallelSignatureVerifier.defaultWorkers) tasks | speed-up")
    for count in [1_000, 5_000] {
        // Build the block once, on a scratch chain.
        let scratch = try temporaryDirectory("build")
        let builder = try openChain(scratch, spec: spec, runtime: runtime)
        let genesis = try requireValue(builder.genesisHash)
        let slot: UInt64 = 1_000_000_000
        let header = Header(
            parentHash: genesis, number: 1, stateRoot: .zero, extrinsicsRoot: .zero,
            digest: [.preRuntime(engine: DigestItem.auraEngine, data: slot.scaleEncoded())])
        var pending = try runtime.beginBlock(header, parentState: builder.trie(at: genesis))
        for inherent in runtime.inherents(slot: slot) { _ = try runtime.applyExtrinsic(inherent, to: &pending) }
        for nonce in 0..<count {
            let outcome = try runtime.applyExtrinsic(try transfer(from: alice, to: bob, nonce: UInt32(nonce), genesis: genesis), to: &pending)
            guard case .success(.success) = outcome else { fatalError("transfer \(nonce) failed: \(outcome)") }
        }
        let block = try runtime.finishBlock(pending).block
        try builder.close()
        try FileManager.default.removeItem(atPath: scratch)

        var results: [String: [Double]] = [:]
        for _ in 0..<5 {
            for mode in ["inline", "one", "all"] {
                let directory = try temporaryDirectory("import")
                let database = try openChain(directory, spec: spec, runtime: runtime)
                let elapsed: Duration
                switch mode {
                case "inline":
                    elapsed = try clock.measure {
                        let finished = try runtime.executeBlock(block, parentState: database.trie(at: genesis), verified: VerifiedSignatures())
                        _ = try database.commit(
                            BlockCommit(
                                block: block, stateChanges: finished.changes,
                                storageChanges: finished.storageChanges.map { StorageChange(key: $0.key, value: $0.value) }))
                    }
                default:
                    let importer = BlockImporter(
                        runtime: runtime, database: database, signatureWorkers: mode == "one" ? 1 : ParallelSignatureVerifier.defaultWorkers)
                    let start = clock.now
                    _ = try await importer.importBlock(block)
                    elapsed = clock.now - start
                }
                results[mode, default: []].append(Double(count) / seconds(elapsed))
                try database.close()
                try FileManager.default.removeItem(atPath: directory)
            }
        }
        let inline = median(results["inline"] ?? []), one = median(results["one"] ?? []), all = median(results["all"] ?? [])
        print(
            String(
                format: "  %10d | %8.0f tx/s | %15.0f tx/s | %16.0f tx/s | %5.2fx", count, inline, one, all, all / inline))
    }
}

extension Optional {
    /// The value, or a fatal error naming what was missing (benchmark set-up only).
    fileprivate func orFail(_ what: String) -> Wrapped {
        guard let self else { fatalError("missing \(what)") }
        return self
    }
}
func requireValue<T>(_ value: T?) throws -> T { value.orFail("\(T.self)") }

// MARK: - rpc

func benchmarkRPC() async throws {
    let (urls, continuation) = AsyncStream<String>.makeStream()
    var logger = Logger(label: "bench.node")
    logger.logLevel = .error
    let configuration = NodeConfiguration(
        chainSpec: try ChainSpec.development(), storage: .temporary, rpc: RPCServer.Configuration(port: 0), logger: logger
    ) { host, port in continuation.yield("ws://\(host):\(port)") }
    let group = ServiceGroup(services: [Node(configuration: configuration)], logger: logger)
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        var iterator = urls.makeAsyncIterator()
        guard let url = await iterator.next() else { fatalError("the node never listened") }
        let alice = try AccountId32(bytes: KeyPair(uri: "//Alice", scheme: .sr25519).publicKey)
        let key = Hashing.twox128(Array("System".utf8)) + Hashing.twox128(Array("Account".utf8)) + Hashing.blake2_128Concat(alice.bytes)
        let keyHex = JSONValue.string("0x" + key.map { String(format: "%02x", $0) }.joined())
        try await Client.withConnection(to: url, logger: logger) { client in
            for _ in 0..<500 { _ = try await client.request("state_getStorage", [keyHex]) }  // warm-up
            let count = 20_000
            var latencies: [Double] = []
            latencies.reserveCapacity(count)
            let start = clock.now
            for _ in 0..<count {
                let begin = clock.now
                let value = try await client.request("state_getStorage", [keyHex])
                guard value.string != nil else { fatalError("System.Account(Alice) is missing") }
                latencies.append(seconds(clock.now - begin) * 1000)
            }
            let rate = Double(count) / seconds(clock.now - start)
            print("state_getStorage(System.Account(Alice)) over one WebSocket:")
            print(
                String(
                    format: "  back-to-back, %d requests: %.0f requests/s, p50 %.3f ms, p99 %.3f ms", count, rate,
                    percentile(latencies, 0.5), percentile(latencies, 0.99)))

            let paced = 5_000
            let origin = clock.now
            let pacedLatencies = try await withThrowingTaskGroup(of: Double.self) { requests in
                for index in 0..<paced {
                    let due = origin + .milliseconds(index)
                    try await clock.sleep(until: due)
                    requests.addTask {
                        let begin = clock.now
                        _ = try await client.request("state_getStorage", [keyHex])
                        return seconds(clock.now - begin) * 1000
                    }
                }
                var all: [Double] = []
                for try await latency in requests { all.append(latency) }
                return all
            }
            let achieved = Double(paced) / seconds(clock.now - origin)
            print(
                String(
                    format: "  paced at 1,000/s, %d requests (achieved %.0f/s): p50 %.3f ms, p99 %.3f ms, max %.3f ms", paced,
                    achieved, percentile(pacedLatencies, 0.5), percentile(pacedLatencies, 0.99), pacedLatencies.max() ?? 0))
        }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
    }
}

// MARK: - disk

func benchmarkDisk() throws {
    let runtime = Runtime()
    let base = try ChainSpec.development()
    var spec = base
    let accounts = 100_000
    for index in 0..<accounts {
        let id = try AccountId32(bytes: Hashing.blake2_256(Array("bench account \(index)".utf8)))
        spec.genesis.balances.append(.init(account: try id.ss58(prefix: 30), amount: "10 PHA"))
    }
    var sizes: [Int] = []
    for candidate in [base, spec] {
        let directory = try temporaryDirectory("disk")
        let database = try openChain(directory, spec: candidate, runtime: runtime)
        try database.close()
        sizes.append(try directorySize(directory))
        try FileManager.default.removeItem(atPath: directory)
    }
    let perAccounts = sizes[1] - sizes[0]
    print("Disk for 100,000 endowed accounts (genesis state, SQLite file after close):")
    print(
        String(
            format: "  dev genesis alone %d bytes; with 100,000 more accounts %d bytes; %.1f MB per 100,000 accounts (%.0f bytes each)",
            sizes[0], sizes[1], Double(perAccounts) / 1e6, Double(perAccounts) / Double(accounts)))
}

if runAll || selected.contains("import") { try await benchmarkImport() }
if runAll || selected.contains("rpc") { try await benchmarkRPC() }
if runAll || selected.contains("disk") { try benchmarkDisk() }
