// Times sr25519 verification here and in Rust's schnorrkel (through py-sr25519-bindings) in one run,
// on the same message, and prints both medians and their ratio.
//
//   swift run -c release Sr25519Comparison [path/to/python]   (default: ../.venv/bin/python)
//
// Each side runs 31 batches of 200 verifications; the median batch time per verification is reported.
import Foundation
import PhalaCrypto

let batches = 31
let perBatch = 200
let message = Array("phala benchmark message: a 64-byte payload padded to a fixed size".utf8.prefix(64))
let seed = [UInt8](repeating: 7, count: 32)

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

let pair = try Sr25519.KeyPair(miniSecret: seed)
let signature = pair.sign(message)
guard pair.publicKey.verify(signature, for: message) else { fatalError("our own signature does not verify") }

var swiftTimes: [Double] = []
let clock = ContinuousClock()
for _ in 0..<batches {
    var valid = 0
    let elapsed = clock.measure {
        for _ in 0..<perBatch where pair.publicKey.verify(signature, for: message) { valid += 1 }
    }
    precondition(valid == perBatch)
    let (seconds, attoseconds) = elapsed.components
    swiftTimes.append((Double(seconds) * 1e9 + Double(attoseconds) / 1e9) / Double(perBatch))
}

let python = CommandLine.arguments.dropFirst().first ?? "../.venv/bin/python"
let script = """
    import statistics, sys, timeit, sr25519
    msg = bytes.fromhex(sys.argv[1]); pub, sec = sr25519.pair_from_seed(bytes(32 * [7])); sig = bytes.fromhex(sys.argv[2])
    assert sr25519.verify(sig, msg, pub)
    times = timeit.repeat(lambda: sr25519.verify(sig, msg, pub), repeat=\(batches), number=\(perBatch))
    print(statistics.median(times) / \(perBatch) * 1e9)
    """
func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
let process = Process()
process.executableURL = URL(fileURLWithPath: python)
process.arguments = ["-c", script, hex(message), hex(signature.bytes)]
let output = Pipe()
process.standardOutput = output
try process.run()
process.waitUntilExit()
guard process.terminationStatus == 0,
      let rustNanoseconds = Double(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines))
else {
    fatalError("the Python reference did not run: install it with `bash scripts/test` or pass a python path")
}

let swiftNanoseconds = median(swiftTimes)
print("sr25519 verify, median of \(batches) batches of \(perBatch):")
print(String(format: "  Phala Swift:                          %8.1f µs", swiftNanoseconds / 1000))
print(String(format: "  schnorrkel (py-sr25519-bindings 0.2.4): %6.1f µs", rustNanoseconds / 1000))
print(String(format: "  ratio Swift / schnorrkel:             %8.2f", swiftNanoseconds / rustNanoseconds))
