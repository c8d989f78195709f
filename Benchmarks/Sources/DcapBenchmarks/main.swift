// Times DCAP quote verification here (`DcapVerifier.verify`) and in dcap-qvl (its Python package, the
// Rust verifier behind a binding) in one run, on the SGX and TDX samples of
// Tests/AttestationTests/Fixtures/dcap/ at their dcap.md §4 `now`, and prints both medians and their ratio.
//
//   swift run -c release DcapBenchmarks [path/to/python]
//
// The interpreter is the argument, else env PHALA_TEST_PYTHON, else ../.venv/bin/python (it needs
// dcap-qvl 0.7.0). Each side parses the collateral JSON once, verifies `warmUp` times, then times
// `iterations` single verifications (ContinuousClock here, time.perf_counter_ns in Python) and reports
// the median and 90th percentile per verification. The Swift side runs twice: cold (no signature cache,
// every check afresh, as dcap-qvl) and with a `DcapSignatureCache` (the collateral's six signatures are
// found there after the first run; the quote's own three are checked every time).
import Attestation
import Foundation

let warmUp = 50
let iterations = 301

/// One sample quote with its collateral and verification time.
struct Sample {
    let name: String
    let quoteFile: String
    let collateralFile: String
    let now: UInt64
}

let samples = [
    Sample(name: "SGX", quoteFile: "sgx_quote", collateralFile: "sgx_quote_collateral.json", now: 1_752_919_277),
    Sample(name: "TDX", quoteFile: "tdx_quote", collateralFile: "tdx_quote_collateral.json", now: 1_752_919_234),
]

let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/AttestationTests/Fixtures/dcap")

func fixture(_ name: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: fixtures.appendingPathComponent(name).path) else {
        fatalError("fixture \(name) not found under \(fixtures.path)")
    }
    return Array(data)
}

/// The median and 90th percentile of `nanoseconds`.
func summary(_ nanoseconds: [Double]) -> (median: Double, p90: Double) {
    let sorted = nanoseconds.sorted()
    return (sorted[sorted.count / 2], sorted[sorted.count * 9 / 10])
}

/// Times `DcapVerifier.verify` on `sample` with `cache` (`nil`: every signature checked afresh, as
/// dcap-qvl does; a cache: the collateral's signatures are found there after the first run, as for a
/// node's second registration with the same collateral).
func swiftTimes(_ sample: Sample, cache: DcapSignatureCache?) -> (median: Double, p90: Double) {
    let quote = fixture(sample.quoteFile)
    let collateral: DcapCollateral
    do {
        collateral = try DcapCollateral(json: fixture(sample.collateralFile))
        let report = try DcapVerifier.verify(quote: quote, collateral: collateral, now: sample.now, signatureCache: cache)
        if cache == nil { print("  \(sample.name) verdict (Swift): \(report.status.rawValue) \(report.advisoryIDs)") }
    } catch {
        fatalError("the \(sample.name) sample does not verify: \(error)")
    }
    for _ in 0..<warmUp {
        _ = try? DcapVerifier.verify(quote: quote, collateral: collateral, now: sample.now, signatureCache: cache)
    }
    let clock = ContinuousClock()
    var times: [Double] = []
    times.reserveCapacity(iterations)
    for _ in 0..<iterations {
        var verified = false
        let elapsed = clock.measure {
            verified =
                (try? DcapVerifier.verify(quote: quote, collateral: collateral, now: sample.now, signatureCache: cache)) != nil
        }
        precondition(verified)
        let (seconds, attoseconds) = elapsed.components
        times.append(Double(seconds) * 1e9 + Double(attoseconds) / 1e9)
    }
    return summary(times)
}

let script = """
    import sys, time, dcap_qvl
    directory, warm_up, iterations = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for name, quote_file, collateral_file, now in zip(*[iter(sys.argv[4:])] * 4):
        quote = open(f"{directory}/{quote_file}", "rb").read()
        collateral = dcap_qvl.QuoteCollateralV3.from_json(open(f"{directory}/{collateral_file}").read())
        now = int(now)
        report = dcap_qvl.verify(quote, collateral, now)
        print(f"#  {name} verdict (dcap-qvl): {report.status} {report.advisory_ids}", flush=True)
        for _ in range(warm_up):
            dcap_qvl.verify(quote, collateral, now)
        times = []
        for _ in range(iterations):
            start = time.perf_counter_ns()
            dcap_qvl.verify(quote, collateral, now)
            times.append(time.perf_counter_ns() - start)
        times.sort()
        print(name, times[len(times) // 2], times[len(times) * 9 // 10], flush=True)
    """

/// Runs the Python side and returns each sample's median and p90 in nanoseconds, by name.
func pythonTimes(python: String) -> [String: (median: Double, p90: Double)] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script, fixtures.path, String(warmUp), String(iterations)]
        + samples.flatMap { [$0.name, $0.quoteFile, $0.collateralFile, String($0.now)] }
    let output = Pipe()
    process.standardOutput = output
    do {
        try process.run()
    } catch {
        fatalError("cannot start \(python): \(error); pass a python path or set PHALA_TEST_PYTHON")
    }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        fatalError("the dcap-qvl side failed (is dcap-qvl 0.7.0 installed in \(python)?)")
    }
    var result: [String: (median: Double, p90: Double)] = [:]
    for line in text.split(separator: "\n") {
        if line.hasPrefix("#") {
            print(line.dropFirst())
            continue
        }
        let fields = line.split(separator: " ")
        guard fields.count == 3, let median = Double(fields[1]), let p90 = Double(fields[2]) else {
            fatalError("unexpected line from the dcap-qvl side: \(line)")
        }
        result[String(fields[0])] = (median, p90)
    }
    return result
}

let python =
    CommandLine.arguments.dropFirst().first ?? ProcessInfo.processInfo.environment["PHALA_TEST_PYTHON"] ?? "../.venv/bin/python"
print("DCAP quote verification, \(warmUp) warm-up runs then \(iterations) timed runs per sample:")
let cold = samples.map { swiftTimes($0, cache: nil) }
let warm = samples.map { swiftTimes($0, cache: DcapSignatureCache()) }
let reference = pythonTimes(python: python)
print("                            Swift median (p90)     dcap-qvl 0.7.0 median (p90)   ratio Swift / dcap-qvl")
for (index, sample) in samples.enumerated() {
    guard let qvl = reference[sample.name] else { fatalError("no dcap-qvl time for \(sample.name)") }
    for (label, swift) in [("cold", cold[index]), ("collateral cached", warm[index])] {
        let columns = String(
            format: "%8.1f µs (%8.1f)      %8.1f µs (%8.1f)            %6.2f",
            swift.median / 1000, swift.p90 / 1000, qvl.median / 1000, qvl.p90 / 1000, swift.median / qvl.median
        )
        print("  \(sample.name) \(label.padding(toLength: 18, withPad: " ", startingAt: 0)) \(columns)")
    }
}
