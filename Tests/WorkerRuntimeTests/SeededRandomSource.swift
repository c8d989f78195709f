import PhalaCrypto
import WorkerRuntime

/// A deterministic `RandomSource` for tests: blake2-256(seed ‖ counter u64 LE) blocks, concatenated.
struct SeededRandomSource: RandomSource {
    let seed: [UInt8]
    var counter: UInt64 = 0
    var buffered: [UInt8] = []

    init(seed: UInt8) {
        self.seed = [UInt8](repeating: seed, count: 32)
    }

    mutating func bytes(count: Int) -> [UInt8] {
        while buffered.count < count {
            buffered += Hashing.blake2_256(seed + withUnsafeBytes(of: counter.littleEndian) { Array($0) })
            counter += 1
        }
        defer { buffered.removeFirst(count) }
        return Array(buffered.prefix(count))
    }
}

/// Always returns the same bytes: `byte` repeated, so a test can name a key's seed exactly.
struct ConstantRandomSource: RandomSource {
    let byte: UInt8

    mutating func bytes(count: Int) -> [UInt8] { [UInt8](repeating: byte, count: count) }
}
