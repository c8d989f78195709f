import Foundation
import MerkleTrie
import PalletBalances
import PalletUtility
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import Synchronization
import Testing

/// 100,000 random and mutated extrinsics through `decodeExtrinsic` and `validateTransaction` on the
/// development chain's genesis state (issue 3, "Bad input").
///
/// Every input must end as a decoding error, a validity error or a valid transaction; a state error or a
/// crash fails the test. The unmutated seeds must stay valid, so a validator that refuses everything fails.
@Suite struct ExtrinsicFuzzTests {
    /// How each input ended.
    struct Outcomes: Sendable {
        var undecodable = 0
        var invalid = 0
        var valid = 0
    }

    @Test func aHundredThousandRandomAndMutatedExtrinsicsEndInADecodingErrorAValidityErrorOrValid() async throws {
        let chain = try DevelopmentGenesis()
        let seeds = chain.seeds()
        for seed in seeds {
            let verdict = try chain.validate(seed)
            #expect((try? verdict.get()) != nil, "an unmutated seed is refused: \(verdict)")
        }
        // Four independently seeded slices of 25,000 inputs, run concurrently on both cores.
        let parts = await Self.onDedicatedThreads(4) { slice in
            Self.run(25_000, seed: 0xF0_22ED &+ UInt64(slice), seeds: seeds, on: chain)
        }
        let outcomes = parts.reduce(into: Outcomes()) { total, part in
            total.undecodable += part.undecodable
            total.invalid += part.invalid
            total.valid += part.valid
        }
        #expect(outcomes.undecodable + outcomes.invalid + outcomes.valid == 100_000)
        // The mutations must both reach the validator and stop at the decoder.
        #expect(outcomes.invalid > 5_000, "\(outcomes)")
        #expect(outcomes.undecodable > 5_000, "\(outcomes)")
    }

    /// Runs `work` for each slice on its own thread, off Swift's cooperative pool: a minute of CPU-bound
    /// work there would starve the suites that drive node processes beside this one (their start-up
    /// deadlines passed while they waited for a thread). Results come back in slice order.
    static func onDedicatedThreads(_ slices: Int, _ work: @escaping @Sendable (Int) -> Outcomes) async -> [Outcomes] {
        await withCheckedContinuation { continuation in
            let results = Mutex([Outcomes](repeating: Outcomes(), count: slices))
            let group = DispatchGroup()
            for slice in 0..<slices {
                group.enter()
                Thread {
                    let outcome = work(slice)
                    results.withLock { $0[slice] = outcome }
                    group.leave()
                }.start()
            }
            group.notify(queue: .global()) { continuation.resume(returning: results.withLock { $0 }) }
        }
    }

    /// Mutates `count` inputs from `seeds` and classifies each, recording an issue for anything that is not
    /// a decoding error, a validity error or a valid transaction.
    static func run(_ count: Int, seed: UInt64, seeds: [[UInt8]], on chain: DevelopmentGenesis) -> Outcomes {
        var random = SplitMix64(seed: seed)
        var outcomes = Outcomes()
        for round in 0..<count {
            let input = mutate(seeds[round % seeds.count], random: &random)
            // Only decodable inputs reach the signature check, which dominates a debug run: about 86% of the
            // inputs do not decode and about 14,000 are fully validated.
            guard (try? chain.runtime.decodeExtrinsic(input)) != nil else {
                outcomes.undecodable += 1
                continue
            }
            do {
                switch try chain.validate(input) {
                case .success: outcomes.valid += 1
                case .failure: outcomes.invalid += 1
                }
            } catch .undecodableExtrinsic {
                Issue.record("decodeExtrinsic accepted what validateTransaction could not decode: \(Hex.string(input))")
            } catch {
                Issue.record("input \(round) of slice \(seed) ended in \(error), not a verdict: \(Hex.string(input))")
            }
        }
        return outcomes
    }

    /// One input from a seed: random bytes, bit flips, a cut, bytes appended or inserted, a changed length
    /// prefix, or a random pallet and call index.
    static func mutate(_ seed: [UInt8], random: inout SplitMix64) -> [UInt8] {
        var bytes = seed
        switch random.next() % 7 {
        case 0:
            return random.bytes(Int(random.next() % 300))
        case 1:
            for _ in 0..<(1 + Int(random.next() % 4)) {
                bytes[Int(random.next() % UInt64(bytes.count))] ^= 1 << UInt8(random.next() % 8)
            }
        case 2:
            bytes.removeLast(1 + Int(random.next() % UInt64(bytes.count)))
        case 3:
            bytes += random.bytes(1 + Int(random.next() % 40))
        case 4:
            let position = Int(random.next() % UInt64(bytes.count))
            bytes.insert(contentsOf: random.bytes(1 + Int(random.next() % 8)), at: position)
        case 5:
            // The same body under a wrong, or a different-width, compact length prefix.
            var decoder = ScaleDecoder(bytes)
            let length = (try? decoder.decode(Compact<UInt32>.self).value) ?? 0
            let body = Array(bytes[decoder.offset...])
            let claimed = UInt32(truncatingIfNeeded: Int64(length) + Int64(random.next() % 7) - 3)
            bytes =
                (random.next() % 4 == 0
                    ? Compact(UInt64(claimed) << 32).scaleEncoded() : Compact(claimed).scaleEncoded()) + body
        default:
            // A random pallet and call index under the untouched signature.
            if let extrinsic = try? UncheckedExtrinsic(scaleDecoding: bytes), extrinsic.call.count >= 2 {
                var call = extrinsic.call
                call[0] = UInt8(truncatingIfNeeded: random.next() % 10)
                call[1] = UInt8(truncatingIfNeeded: random.next() % 8)
                bytes = UncheckedExtrinsic(signature: extrinsic.signature, call: call).scaleEncoded()
            }
        }
        return bytes
    }
}

/// The development chain spec's genesis state and signed transfers valid on top of it.
struct DevelopmentGenesis: Sendable {
    let runtime = Runtime()
    let header: Header
    let state: Trie

    init() throws {
        let genesis = try runtime.genesis(ChainSpec.development())
        var store = InMemoryNodeStore()
        store.insert(genesis.changes)
        header = genesis.header
        state = try Trie(root: genesis.changes.root, store: store)
    }

    /// Validates `bytes` as an external transaction for block 1.
    func validate(_ bytes: [UInt8]) throws(ExecutiveError) -> Result<ValidTransaction, TransactionValidityError> {
        try runtime.validateTransaction(bytes, source: .external, parentHash: header.hash, parentState: state)
    }

    /// Real signed transfers, each valid at genesis: sr25519 and ed25519 signers, immortal and mortal,
    /// with and without a tip, and a batch.
    func seeds() -> [[UInt8]] {
        let toBob = RuntimeCall.balances(.transferKeepAlive(dest: .id(DevAccount.bob.id), value: .pha(1)))
        let toCharlie = RuntimeCall.balances(.transferAllowDeath(dest: .id(DevAccount.charlie.id), value: .pha(250)))
        return [
            sign(toBob, by: .alice, nonce: 0),
            sign(toCharlie, by: .bob, nonce: 0, era: .mortal(period: 64, current: 0), tip: .pha(1)),
            sign(toBob, by: .aliceEd25519, nonce: 0, era: .mortal(period: 32, current: 0)),
            sign(.utility(.batchAll(calls: [toBob, toCharlie])), by: .dave, nonce: 0),
        ]
    }

    /// `call` signed by `signer` for this chain, length prefix included.
    func sign(
        _ call: RuntimeCall,
        by signer: DevAccount,
        nonce: UInt32,
        era: Era = .immortal,
        tip: Balance = .zero
    ) -> [UInt8] {
        let extra = SignedExtra(era: era, nonce: nonce, tip: tip)
        let payload = SigningPayload(
            call: call.scaleEncoded(),
            extra: extra,
            specVersion: Runtime.version.specVersion,
            transactionVersion: Runtime.version.transactionVersion,
            genesisHash: header.hash,
            eraBlockHash: header.hash
        )
        let signature = signer.pair.sign(payload.bytesToSign)
        let multi: MultiSignature =
            signer == .aliceEd25519 ? .ed25519(try! FixedBytes(signature)) : .sr25519(try! FixedBytes(signature))
        return UncheckedExtrinsic(
            signature: ExtrinsicSignature(address: .id(signer.id), signature: multi, extra: extra),
            call: call.scaleEncoded()
        ).scaleEncoded()
    }
}
