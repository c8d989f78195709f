import ContractHost
import EnclaveAPI
import Foundation
import PhalaCrypto
import PhalaPrimitives
import PhalaTesting
import SCALE
import Synchronization
import Testing

@_spi(Testing) @testable import WorkerRuntime

/// Contract queries run outside the runtime's actor: a query that loops until it runs out of gas
/// holds up neither another query nor the runtime, and ends with OutOfGas within the runtime's
/// query gas limit.
@Suite struct ContractQueryConcurrencyTests {
    static let clusterID = H256(hexLiteral: "0x0000000000000000000000000000000000000000000000000000000000000001")
    static let alice = keyPair(0xA1)
    /// A query's gas: 5e11, 62.5 million fuel, seconds of spinning in a debug build, far longer
    /// than a flipper `get` takes.
    static let queryGasLimit: UInt64 = 500_000_000_000

    static func keyPair(_ seed: UInt8) -> Sr25519.KeyPair {
        do {
            return try Sr25519.KeyPair(miniSecret: [UInt8](repeating: seed, count: 32))
        } catch {
            preconditionFailure("a 32-byte seed is a mini secret: \(error)")
        }
    }

    /// `query` on `contract` as Alice, encrypted to the worker, with its session to open the answer.
    static func seal(_ payload: [UInt8], to contract: AccountId32, worker: Sr25519.PublicKey) throws
        -> (EncryptedContractQuery, ContractQuerySession)
    {
        // The expiry is far enough ahead for any test run and within the guard's 5-minute lifetime.
        let now = UInt64(Date.now.timeIntervalSince1970 * 1000)
        let signed = SignedContractQuery(contract: contract, payload: payload, notAfterMillis: now + 240_000, signedBy: alice)
        return try ContractQueryCipher.seal(signed, to: worker)
    }

    @Test func aFlipperGetIsAnsweredWhileASpinQueryBurnsItsGasAndTheSpinEndsOutOfGas() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let runtime = try PRuntime(configuration: .init(dataDirectory: directory.path, queryGasLimit: Self.queryGasLimit))
        let enclave = EnclaveClient(runtime)
        let initialized = try await enclave.initialize(try DevChain.shared.get().initRequest())
        let worker = try Sr25519.PublicKey(bytes: initialized.publicKey.bytes)
        let flipper = try ContractBuilder.build("flipper")
        let spin = try ContractBuilder.build("spin")
        let addresses = try await runtime.hostTestingCluster(
            id: Self.clusterID, key: Self.keyPair(0xC1), owner: AccountId32(FixedBytes(repeating: 7)), deposit: 1_000_000,
            contracts: [
                (flipper.wasm, try #require(flipper.constructors["new"]) + [1]),
                (spin.wasm, try #require(spin.constructors["default"])),
            ])

        let (spinQuery, spinSession) = try Self.seal(try #require(spin.messages["run"]), to: addresses[1], worker: worker)
        let (getQuery, getSession) = try Self.seal(try #require(flipper.messages["get"]), to: addresses[0], worker: worker)
        // Which answer arrived first: the order is the signal, not the time either took.
        let answered = Mutex<[String]>([])
        async let spinAnswer = {
            let answer = try await enclave.contractQuery(spinQuery)
            answered.withLock { $0.append("spin") }
            return answer
        }()
        // The spin query is admitted once the replay guard remembers it. Were the contract run on the
        // actor, this read would wait for the whole spin.
        while await runtime.queryReplayGuard.count == 0 {
            try await Task.sleep(for: .milliseconds(1))
        }
        let get = try getSession.openResponse(try await enclave.contractQuery(getQuery))
        answered.withLock { $0.append("get") }
        let spun = try spinSession.openResponse(try await spinAnswer)

        #expect(answered.withLock { $0 } == ["get", "spin"])
        // ContractResult ends with `Ok(ExecReturnValue{flags: 0, data: [0, 1]})` (Ok(true)), then events: None.
        #expect(get.suffix(9) == [0, 0, 0, 0, 0, 8, 0, 1, 0])
        // ... and for the spin with `Err(Module{index: 4, error: [2, 0, 0, 0]})`: OutOfGas (pink-abi.md §6.6).
        #expect(spun.suffix(8) == [1] + ExecutionFailure.contracts(.outOfGas).scaleEncoded() + [0])
        // It starts with gas_consumed: the spin used most of its limit, and no more.
        var decoder = ScaleDecoder(spun)
        let consumed = try Compact<UInt64>(from: &decoder).value
        #expect(consumed > Self.queryGasLimit / 2 && consumed <= Self.queryGasLimit)
    }
}
