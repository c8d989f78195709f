// The enclave's verified sync speed and its restart-to-synced time, in one run:
// `swift run -c release EnclaveBenchmarks [empty] [changes] [restart]`.
//
// Everything runs in this process against a real dev chain built with the runtime (DevChain): the
// host's work (building proofs) is done before the clock starts, so the numbers are the enclave's own
// verification and dispatch through the SCALE boundary.
import EnclaveAPI
import Foundation
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import WorkerRuntime

/// What the host hands the enclave for a chain: headers with justifications and each block's changes.
struct Feed {
    /// Genesis and its proof.
    let initRequest: InitRequest
    /// Headers of blocks 1…height.
    let headers: [Header]
    /// The justification of each block, as the dev node stores one per block.
    let justifications: [GrandpaJustification]
    /// Every block's changes with their proof, block 1 first.
    let blocks: [BlockChanges]

    /// Precomputes everything for blocks 1…height.
    init(chain: DevChain) throws {
        initRequest = try chain.initRequest()
        headers = chain.headers
        justifications = chain.headers.map(chain.justification(of:))
        blocks = try (1...chain.height).map(chain.blockChanges(of:))
    }

    /// Syncs (batches of 500 headers) and dispatches (chunks of 100 blocks) from where the enclave is
    /// up to `last`, as the worker host does.
    /// - Returns: how many headers it verified and how many blocks it dispatched.
    func sync(_ client: EnclaveClient, upTo last: Int) async throws -> (verified: Int, dispatched: Int) {
        let status = try await client.status()
        var finalized = Int(status.finalizedNumber)
        var dispatched = Int(status.dispatchedNumber)
        let (firstFinalized, firstDispatched) = (finalized, dispatched)
        while dispatched < last {
            if dispatched == finalized {
                let end = min(finalized + 500, last)
                _ = try await client.syncHeaders(
                    HeaderBatch(headers: Array(headers[finalized..<end]), justification: justifications[end - 1])
                )
                finalized = end
            }
            let end = min(dispatched + 100, finalized)
            _ = try await client.dispatchBlocks(Array(blocks[dispatched..<end]))
            dispatched = end
        }
        return (finalized - firstFinalized, dispatched - firstDispatched)
    }
}

/// Writes one result line at once (unbuffered, so a later crash cannot swallow it).
func report(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// A fresh enclave directory.
func scratch() -> String { NSTemporaryDirectory() + "enclave-bench-\(UUID().uuidString)" }

/// Median of durations in seconds.
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// Builds a chain of `height` blocks; `transfersPerBlock` Alice→fresh-account transfers in one batch each.
func buildChain(height: Int, transfersPerBlock: Int) throws -> DevChain {
    var chain = try DevChain(blocks: 0)
    let alice = try KeyPair(uri: "//Alice", scheme: .sr25519)
    var account: UInt64 = 0
    for nonce in 0..<height {
        guard transfersPerBlock > 0 else {
            try chain.extend()
            continue
        }
        var calls: [RuntimeCall] = []
        for _ in 0..<transfersPerBlock {
            account += 1
            var bytes = [UInt8](repeating: 0x42, count: 24)
            withUnsafeBytes(of: account.bigEndian) { bytes += $0 }
            calls.append(.balances(.transferAllowDeath(dest: .id(try AccountId32(bytes: bytes)), value: .pha(1))))
        }
        try chain.extend(with: [chain.signed(.utility(.batch(calls: calls)), by: alice, nonce: UInt32(nonce))])
    }
    return chain
}

/// Syncs a whole chain into fresh enclaves `runs` times; returns the median blocks/s.
func syncSpeed(chain: DevChain, runs: Int, label: String) async throws {
    let feed = try Feed(chain: chain)
    let changes = chain.storageChanges.map(\.count).reduce(0, +) / chain.height
    var seconds: [Double] = []
    for _ in 0..<runs {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let client = EnclaveClient(try PRuntime(configuration: .init(dataDirectory: directory)))
        _ = try await client.initialize(feed.initRequest)
        let clock = ContinuousClock.now
        _ = try await feed.sync(client, upTo: chain.height)
        let elapsed = ContinuousClock.now - clock
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    let rate = Double(chain.height) / median(seconds)
    report("\(label): \(chain.height) blocks, \(changes) storage changes per block on average; median \(String(format: "%.3f", median(seconds))) s over \(runs) runs = \(Int(rate)) blocks/s")
}

/// Restart-to-synced at `height`: an enclave synced to `height − 50` (checkpoint every 100 blocks)
/// is dropped; a new one on the same directory initializes and syncs to `height`.
func restartToSynced(height: Int, runs: Int) async throws {
    let chain = try buildChain(height: height, transfersPerBlock: 0)
    let feed = try Feed(chain: chain)
    var seconds: [Double] = []
    var redone: [(verified: Int, dispatched: Int)] = []
    for _ in 0..<runs {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let first = EnclaveClient(try PRuntime(configuration: .init(dataDirectory: directory)))
            _ = try await first.initialize(feed.initRequest)
            _ = try await feed.sync(first, upTo: height - 50)
        }
        let clock = ContinuousClock.now
        let second = EnclaveClient(try PRuntime(configuration: .init(dataDirectory: directory)))
        _ = try await second.initialize(feed.initRequest)
        redone.append(try await feed.sync(second, upTo: height))
        let elapsed = ContinuousClock.now - clock
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    report("restart-to-synced at #\(height): median \(String(format: "%.3f", median(seconds))) s over \(runs) runs (after the restart it verified \(redone[0].verified) headers and dispatched \(redone[0].dispatched) blocks)")
}

let modes = Set(CommandLine.arguments.dropFirst())
let all = modes.isEmpty
if all || modes.contains("empty") {
    try await syncSpeed(chain: try buildChain(height: 4_000, transfersPerBlock: 0), runs: 5, label: "empty blocks")
}
if all || modes.contains("changes") {
    try await syncSpeed(chain: try buildChain(height: 1_000, transfersPerBlock: 84), runs: 5, label: "blocks with changes")
}
if all || modes.contains("restart") {
    try await restartToSynced(height: 10_000, runs: 5)
}
