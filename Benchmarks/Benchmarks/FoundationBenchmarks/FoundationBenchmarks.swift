// Benchmarks for the foundation layer: signatures, hashes and the SCALE codec.
// Run from Benchmarks/: `swift package benchmark` (release build). The sr25519 comparison with Rust's
// schnorrkel runs through `bash compare-sr25519.sh`, which times py-sr25519-bindings in the same run.
import Benchmark
import PhalaCrypto
import PhalaPrimitives
import SCALE

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput], maxDuration: .seconds(3))

    let message = Array("phala benchmark message: a 64-byte payload padded to a fixed size".utf8.prefix(64))
    let sr25519Pair = try! Sr25519.KeyPair(miniSecret: [UInt8](repeating: 7, count: 32))
    let sr25519Signature = sr25519Pair.sign(message)
    let ed25519Pair = try! Ed25519.KeyPair(seed: [UInt8](repeating: 9, count: 32))
    let ed25519Signature = ed25519Pair.sign(message)

    Benchmark("sr25519 sign") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(sr25519Pair.sign(message)) }
    }
    Benchmark("sr25519 verify") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(sr25519Pair.publicKey.verify(sr25519Signature, for: message))
        }
    }
    Benchmark("ed25519 verify") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ed25519Pair.publicKey.verify(ed25519Signature, for: message))
        }
    }

    let mebibyte = [UInt8](repeating: 0xa5, count: 1 << 20)
    Benchmark("blake2b-256 of 1 MiB", configuration: .init(metrics: [.wallClock, .throughput])) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Hashing.blake2_256(mebibyte)) }
    }
    let storageName = Array("Account".utf8)
    Benchmark("twox128 of a storage name") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Hashing.twox128(storageName)) }
    }

    let pairs = (0..<1_000).map { index in
        ScalePair(account: try! AccountId32(bytes: [UInt8](repeating: UInt8(index % 256), count: 32)), balance: UInt128(index) << 70)
    }
    let encodedPairs = pairs.scaleEncoded()
    Benchmark("SCALE encode Vec<(AccountId32, u128)> x1000") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(pairs.scaleEncoded()) }
    }
    Benchmark("SCALE decode Vec<(AccountId32, u128)> x1000") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! [ScalePair](scaleDecoding: encodedPairs)) }
    }
}

/// The `(AccountId32, u128)` tuple of the SCALE benchmark, as a codable value.
struct ScalePair: ScaleCodable {
    var account: AccountId32
    var balance: UInt128

    init(account: AccountId32, balance: UInt128) {
        self.account = account
        self.balance = balance
    }

    func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: account, balance)
    }

    init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        (account, balance) = try decoder.decode(tuple: AccountId32.self, UInt128.self)
    }
}
