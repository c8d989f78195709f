import ContractHost

/// Instantiation of a generated ~100 KB contract: cold (a new executor: the module is parsed and
/// rewritten, the instance made and its functions compiled) and cached (the same executor again, with
/// a new salt: the module is cached and the instance, with its compiled functions, is reused).
enum InstantiateBenchmark {
    static let runs = 21
    static let constructor: [UInt8] = [0xed, 0x4b, 0x9d, 0x1b]

    static func run() throws {
        let wasm = try ContractCompiler.buildLarge(targetBytes: 100_000)
        var cold: [Double] = []
        var cached: [Double] = []
        var validation: [Double] = []
        var state = ClusterState()
        state.setBalance(.pha(1_000), of: Deployment.alice)
        let context = ExecutionContext(mode: .transaction, origin: Deployment.alice)
        for run in 0..<runs {
            let executor = ContractExecutor(chainExtension: NoExtension())
            var code: ContractCode?
            validation.append(try timed { code = try executor.validate(wasm) })
            guard let code else { continue }
            state.upload(code)
            for (index, sample) in [0, 1].enumerated() {
                var outcome: ExecutionOutcome?
                let seconds = timed {
                    outcome = executor.instantiate(
                        codeHash: code.hash, input: constructor, salt: [UInt8(run), UInt8(sample)], context: context,
                        store: state)
                }
                guard outcome?.instantiatedAddress != nil else {
                    throw CompileFailure(description: "the large contract's constructor failed: \(String(describing: outcome?.result))")
                }
                if index == 0 { cold.append(seconds) } else { cached.append(seconds) }
            }
        }
        report("instantiate \(wasm.count)-byte contract, median of \(runs): cold \(milliseconds(median(cold))), "
            + "cached \(milliseconds(median(cached))) (validate at upload \(milliseconds(median(validation))))")

        let deployment = try Deployment(wasm: wasm, constructor: constructor)
        let call: [UInt8] = [0x5c, 0xa1, 0xab, 0x1e, 1, 0, 0, 0]
        var calls: [Double] = []
        for _ in 0..<runs { calls.append(timed { _ = deployment.query(call) }) }
        report("query run() on that contract (calls every step function once), median \(milliseconds(median(calls)))")
    }
}
