// The contract executor's speed, in one run:
// `swift run -c release ContractBenchmarks [query] [compute] [instantiate] [http]`.
//
// query: our C flipper's `get` through ContractExecutor.call(mode: .query) on a ClusterState, p50/p99
// latency and queries/s on one thread and on two. compute: the sha256 contract's hash(1 MiB) through
// the executor against the same module on bare WasmKit (fuel on, and off), side by side. instantiate:
// a generated ~100 KB contract's instantiation, cold (new executor) and cached (same executor). http:
// the flipper's `get` end to end through ContractQueryClient, WorkerHost's WorkerAPI on 127.0.0.1 and a
// PRuntime hosting the flipper, p50/p99 latency and queries/s with one client and with two, after a
// warm-up; before that, the same pre-sealed queries straight into the PRuntime (no HTTP) and over HTTP
// without the client's signing and sealing, which splits the enclave's time from the HTTP round trip's.
// Contracts are compiled from C at run time (Tests/Contracts, clang as PhalaTesting does).
import ContractHost
import Dispatch
import Foundation
import PhalaPrimitives
import Synchronization

/// Writes one result line at once (unbuffered, so a later crash cannot swallow it).
func report(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Seconds elapsed while running `body`.
func timed(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The value below which `fraction` of `values` lie.
func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

func microseconds(_ seconds: Double) -> String { String(format: "%.1f µs", seconds * 1e6) }
func milliseconds(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1e3) }

/// The chain extension of a cluster without pink: every id is unknown (none of these contracts calls it).
struct NoExtension: ChainExtension {
    func call(id: UInt32, input: [UInt8], frame: any ExtensionFrame) throws(ExecutionFailure) -> ChainExtensionResult {
        throw .pink(.unknownChainExtensionId)
    }
}

/// A cluster with one deployed contract, as a worker holds it.
struct Deployment {
    static let alice = AccountId32(FixedBytes(repeating: 1))
    let executor: ContractExecutor
    var state = ClusterState()
    let address: AccountId32

    init(wasm: [UInt8], constructor: [UInt8], executor: ContractExecutor = ContractExecutor(chainExtension: NoExtension())) throws {
        self.executor = executor
        state.setBalance(.pha(1_000), of: Self.alice)
        let code = try executor.validate(wasm)
        state.upload(code)
        let outcome = executor.instantiate(
            codeHash: code.hash, input: constructor, context: ExecutionContext(mode: .transaction, origin: Self.alice),
            store: state)
        guard let address = outcome.instantiatedAddress else {
            throw CompileFailure(description: "the constructor failed: \(outcome.result) \(outcome.debugMessage)")
        }
        state.apply(outcome.changes)
        self.address = address
    }

    /// One query; returns the reply bytes.
    func query(_ input: [UInt8]) -> [UInt8] {
        let outcome = executor.call(
            contract: address, input: input, context: ExecutionContext(mode: .query, origin: Self.alice), store: state)
        return (try? outcome.result.get().data) ?? []
    }
}

let modes = Set(CommandLine.arguments.dropFirst())
let all = modes.isEmpty
if all || modes.contains("query") { try QueryBenchmark.run() }
if all || modes.contains("compute") { try ComputeBenchmark.run() }
if all || modes.contains("instantiate") { try InstantiateBenchmark.run() }
if all || modes.contains("http") { try await HTTPQueryBenchmark.run() }
