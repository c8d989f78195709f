import ContractHost

/// The sha256 contract's hash(1 MiB) through the executor and on bare WasmKit, alternating runs.
enum ComputeBenchmark {
    static let runs = 7

    static func run() throws {
        let wasm = try ContractCompiler.build("sha256")
        let deployment = try Deployment(wasm: wasm, constructor: [0xed, 0x4b, 0x9d, 0x1b])
        let input: [UInt8] = [0x97, 0xed, 0xaa, 0x69] + withUnsafeBytes(of: UInt32(1 << 20).littleEndian) { Array($0) }
        let fueled = try BareContract(wasm: wasm, fuelMetering: true)
        let unfueled = try BareContract(wasm: wasm, fuelMetering: false)
        let guarded = try BareContract(wasm: wasm, fuelMetering: true, boundsChecking: nil)

        let expected = deployment.query(input)
        guard expected.count == 33, try fueled.run("call", input: input) == expected,
            try unfueled.run("call", input: input) == expected, try guarded.run("call", input: input) == expected
        else {
            throw CompileFailure(description: "hash(1 MiB) replies differ: executor \(expected)")
        }
        var host: [Double] = []
        var bareFuel: [Double] = []
        var bareNoFuel: [Double] = []
        var bareGuarded: [Double] = []
        for _ in 0..<runs {
            host.append(timed { _ = deployment.query(input) })
            bareFuel.append(try timed { _ = try fueled.run("call", input: input) })
            bareNoFuel.append(try timed { _ = try unfueled.run("call", input: input) })
            bareGuarded.append(try timed { _ = try guarded.run("call", input: input) })
        }
        let (h, f, n) = (median(host), median(bareFuel), median(bareNoFuel))
        report("compute sha256 hash(1 MiB), median of \(runs): executor \(milliseconds(h)), "
            + "bare WasmKit with fuel \(milliseconds(f)), without fuel \(milliseconds(n)) (software bounds checks, as "
            + "the executor), with fuel and guard-page bounds checks \(milliseconds(median(bareGuarded)))")
        report(String(format: "compute overhead: executor / bare with fuel = %.3f, executor / bare without fuel = %.3f, fuel cost on bare = %.3f", h / f, h / n, f / n))
        report(String(format: "compute throughput: executor %.2f MiB/s", 1 / h))
    }
}
