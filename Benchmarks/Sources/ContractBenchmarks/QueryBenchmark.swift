import ContractHost
import Dispatch
import Foundation
import Synchronization

/// The flipper's `get` as a worker answers it: ContractExecutor.call in query mode on a ClusterState.
enum QueryBenchmark {
    static let get: [UInt8] = [0x2f, 0x86, 0x5b, 0xd9]
    static let queriesPerThread = 20_000

    /// CPU time of the calling thread, which other processes on a shared machine do not inflate.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The calling thread's voluntary (it waited) and involuntary (it was preempted) context switches.
    static func contextSwitches() -> (waited: Int, preempted: Int) {
        var usage = rusage()
        getrusage(1, &usage)  // RUSAGE_THREAD, hidden behind _GNU_SOURCE
        return (usage.ru_nvcsw, usage.ru_nivcsw)
    }

    static func run() throws {
        let wasm = try ContractCompiler.build("flipper")
        let deployment = try Deployment(wasm: wasm, constructor: [0x9b, 0xae, 0x9d, 0x5e, 0x01])
        guard deployment.query(get) == [0, 1] else {
            throw CompileFailure(description: "flipper get replied \(deployment.query(get)), not Ok(true)")
        }
        for _ in 0..<2_000 { _ = deployment.query(get) }

        for threads in [1, 2] {
            let latencies = Mutex<[Double]>([])
            let cpu = Mutex<Double>(0)
            let switches = Mutex<(waited: Int, preempted: Int)>((0, 0))
            let wall = timed {
                DispatchQueue.concurrentPerform(iterations: threads) { _ in
                    var own: [Double] = []
                    own.reserveCapacity(queriesPerThread)
                    let cpuStart = threadCPUSeconds()
                    let switchesStart = contextSwitches()
                    for _ in 0..<queriesPerThread {
                        own.append(timed { _ = deployment.query(get) })
                    }
                    let cpuUsed = threadCPUSeconds() - cpuStart
                    let switchesEnd = contextSwitches()
                    switches.withLock {
                        $0.waited += switchesEnd.waited - switchesStart.waited
                        $0.preempted += switchesEnd.preempted - switchesStart.preempted
                    }
                    latencies.withLock { $0 += own }
                    cpu.withLock { $0 += cpuUsed }
                }
            }
            let all = latencies.withLock { $0 }
            report(
                "query flipper get, \(threads) thread\(threads == 1 ? "" : "s"): p50 \(microseconds(median(all))), "
                    + "p99 \(microseconds(percentile(all, 0.99))), \(Int(Double(all.count) / wall)) queries/s "
                    + "(\(all.count) queries in \(String(format: "%.2f", wall)) s); CPU time "
                    + "\(microseconds(cpu.withLock { $0 } / Double(all.count))) per query, "
                    + "\(String(format: "%.2f", cpu.withLock { $0 } / wall)) cores busy; context switches: "
                    + "\(switches.withLock { $0.waited }) waiting (locks, I/O), \(switches.withLock { $0.preempted }) preempted")
        }

        // Where a query's time goes: the same module on bare WasmKit (store, memory, instance, call).
        let bare = try BareContract(wasm: wasm, fuelMetering: true)
        _ = try bare.run("deploy", input: [0x9b, 0xae, 0x9d, 0x5e, 0x01])
        guard try bare.run("call", input: get) == [0, 1] else {
            throw CompileFailure(description: "bare flipper get did not reply Ok(true)")
        }
        var bareLatencies: [Double] = []
        for _ in 0..<2_000 { _ = try bare.run("call", input: get) }
        for _ in 0..<queriesPerThread { bareLatencies.append(try timed { _ = try bare.run("call", input: get) }) }
        report("query flipper get on bare WasmKit (fuel on), 1 thread: p50 \(microseconds(median(bareLatencies))), "
            + "p99 \(microseconds(percentile(bareLatencies, 0.99)))")
    }
}
