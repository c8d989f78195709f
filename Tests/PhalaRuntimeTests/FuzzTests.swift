import PalletBalances
import PalletSudo
import PalletSystem
import PalletUtility
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing

/// Random and mutated extrinsics through decoding and validation: every input must end in a decoding
/// error, a validity verdict or a valid transaction — never a crash or a state failure.
@Suite struct FuzzTests {
    @Test func aHundredThousandRandomAndMutatedExtrinsicsNeverCrashTheValidator() throws {
        let world = try TestRuntime.build(balances: [(.alice, 100), (.aliceEd25519, 100)])
        let pay = RuntimeCall.balances(.transferKeepAlive(dest: .id(DevAccount.bob.id), value: .pha(1)))
        let seeds: [[UInt8]] = [
            world.sign(pay, by: .alice, nonce: 0),
            world.sign(pay, by: .aliceEd25519, nonce: 0, era: .mortal(period: 64, current: 0)),
            world.sign(
                .utility(.batchAll(calls: [pay, .system(.remark(remark: [1, 2, 3]))])),
                by: .aliceEd25519,
                nonce: 1
            ),
            world.sign(.sudo(.sudo(call: .utility(.batch(calls: [pay])))), by: .alice, nonce: 0),
            world.timestampInherent(),
        ]
        var random = SplitMix64(seed: 0x5eed)
        var decoded = 0
        var verified = 0
        for round in 0..<100_000 {
            let input = Self.mutate(seeds[round % seeds.count], round: round, random: &random)
            guard (try? world.runtime.decodeExtrinsic(input)) != nil else { continue }
            decoded += 1
            // Signature checks dominate in a debug build (about 6 ms each): every input is decoded, and
            // one in 64 decodable inputs also runs the full validation, signature included.
            guard decoded % 64 == 0 else { continue }
            verified += 1
            _ = try world.runtime.validateTransaction(
                input,
                source: .external,
                parentHash: world.head.hash,
                parentState: world.headState
            )
        }
        #expect(decoded > 10_000)
        #expect(verified > 400)
    }

    /// One input: random bytes, a seed with bytes flipped, cut, inserted or its length prefix changed.
    static func mutate(_ seed: [UInt8], round: Int, random: inout SplitMix64) -> [UInt8] {
        var bytes = seed
        switch random.next() % 6 {
        case 0:
            return random.bytes(Int(random.next() % 200))
        case 1:
            for _ in 0..<(1 + Int(random.next() % 3)) {
                bytes[Int(random.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            }
        case 2:
            bytes.removeLast(Int(random.next() % UInt64(bytes.count)))
        case 3:
            let position = Int(random.next() % UInt64(bytes.count))
            bytes.insert(contentsOf: random.bytes(1 + Int(random.next() % 8)), at: position)
        case 4:
            // Keep the body, re-prefix it with a (possibly wrong) compact length.
            var decoder = ScaleDecoder(bytes)
            let length = (try? decoder.decode(Compact<UInt32>.self).value) ?? 0
            let body = Array(bytes[decoder.offset...])
            let claimed = UInt32(truncatingIfNeeded: Int64(length) + Int64(random.next() % 5) - 2)
            bytes = Compact(claimed).scaleEncoded() + body
        default:
            // A valid extrinsic with a mutated call: the signature part survives, the call does not.
            if let extrinsic = try? UncheckedExtrinsic(scaleDecoding: bytes), !extrinsic.call.isEmpty {
                var call = extrinsic.call
                call[Int(random.next() % UInt64(call.count))] = UInt8(truncatingIfNeeded: random.next())
                bytes = UncheckedExtrinsic(signature: extrinsic.signature, call: call).scaleEncoded()
            }
        }
        return bytes
    }
}
