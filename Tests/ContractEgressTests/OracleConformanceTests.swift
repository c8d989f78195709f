import ContractEgress
import ContractHost
import Foundation
import PhalaPrimitives
import PhalaTesting
import SCALE
import Synchronization
import Testing

/// Our C oracle end to end: the contract's http_request goes through PinkExtension and the real
/// `HTTPEgressClient` to a loopback Hummingbird server, and its quote is signed with a key derived from the
/// cluster key (pink-abi.md §5.2 ids 1, 2, 4, 5).
@Suite(.serialized) struct OracleConformanceTests {
    /// A worker environment whose only live service is the egress; the rest is fixed.
    final class OracleEnvironment: PinkEnvironment {
        let clusterSecretKey: [UInt8]? = [UInt8](repeating: 0x42, count: 64)
        let workerPublicKey = FixedBytes<32>(repeating: 0x01)
        let systemContract: AccountId32? = nil
        let cache = ContractCache(now: { 1_000 })
        let egress: any HTTPEgress

        init(egress: any HTTPEgress) { self.egress = egress }

        func randomBytes(_ count: Int) -> [UInt8] { [UInt8](repeating: 0x07, count: count) }
        func untrustedMillisSinceUnixEpoch() -> UInt64 { 1_764_000_000_000 }
        func eventChainHead() -> (nextBlockNumber: UInt64, lastBlockHash: H256) { (1, .zero) }
        func importLatestSystemCode(payer: AccountId32) -> H256? { nil }
        func log(contract: AccountId32, level: ContractLogLevel, message: String) {}
    }

    static let alice = AccountId32(FixedBytes(repeating: 1))

    /// The oracle deployed with default() in a cluster whose egress may reach loopback.
    struct Deployment {
        let oracle: BuiltContract
        let executor: ContractExecutor
        let state: ClusterState
        let address: AccountId32

        init(egress: HTTPEgressClient) throws {
            oracle = try ContractBuilder.build("oracle")
            executor = ContractExecutor(chainExtension: PinkExtension(environment: OracleEnvironment(egress: egress)))
            var state = ClusterState()
            let code = try executor.validate(oracle.wasm)
            state.upload(code)
            let constructor = try #require(oracle.constructors["default"])
            let created = executor.instantiate(
                codeHash: code.hash,
                input: constructor,
                context: ExecutionContext(mode: .transaction, origin: alice),
                store: state
            )
            address = try #require(created.instantiatedAddress, "\(created.result) \(created.debugMessage)")
            state.apply(created.changes)
            self.state = state
        }

        func call(_ label: String, _ input: [UInt8] = [], mode: ExecutionMode) throws -> ExecutionOutcome {
            let selector = try #require(oracle.messages[label])
            return executor.call(
                contract: address,
                input: selector + input,
                context: ExecutionContext(mode: mode, origin: alice),
                store: state
            )
        }
    }

    /// Checks an sr25519 signature with py-sr25519-bindings 0.2.4 (Fixtures/sr25519_verify.py).
    func referenceVerifies(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) throws -> Bool {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sr25519_verify.py").path
        let output = try PythonReference.run(
            script: script,
            arguments: [Hex.string(signature), Hex.string(message), Hex.string(publicKey)]
        )
        return output.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// A query fetches {"price": 1234.56} and answers Ok(Quote{price 1234560000, signature}); the signature
    /// over SCALE(price) verifies against public_key() in the Python reference.
    @Test func aQueryQuotesTheLoopbackPriceWithAVerifiableSignature() async throws {
        let egress = HTTPEgressClient(configuration: .init(allowPrivateNetworks: true))
        defer { try? egress.shutdown() }
        let deployment = try Deployment(egress: egress)
        let outcome = try await LoopbackServer.with { port in
            await LoopbackServer.blocking {
                Result {
                    try deployment.call("get_price", "http://127.0.0.1:\(port)/price".scaleEncoded(), mode: .query)
                }
            }
        }.get()
        let reply = try #require(outcome.successData, "\(outcome.result) \(outcome.debugMessage)")
        let price = UInt128(1_234_560_000).scaleEncoded()
        // MessageResult Ok (00) ‖ Result Ok (00) ‖ price u128 ‖ Vec<u8> signature (64 bytes: compact 01 01).
        #expect(Array(reply.prefix(20)) == [0, 0] + price + [0x01, 0x01])
        let signature = Array(reply.dropFirst(20))
        #expect(signature.count == 64)

        let publicKeyReply = try #require(try deployment.call("public_key", mode: .query).successData)
        #expect(publicKeyReply.first == 0)
        let publicKey = try [UInt8](scaleDecoding: Array(publicKeyReply.dropFirst()))
        #expect(publicKey.count == 32)
        #expect(try referenceVerifies(signature: signature, message: price, publicKey: publicKey))
        #expect(try !referenceVerifies(signature: signature, message: UInt128(1).scaleEncoded(), publicKey: publicKey))
    }

    /// The same call as a transaction reaches no network: Err(Http{523, "HTTP request is not supported in
    /// transaction"}), returned with REVERT.
    @Test func aTransactionGetsHttp523() async throws {
        let egress = HTTPEgressClient(configuration: .init(allowPrivateNetworks: true))
        defer { try? egress.shutdown() }
        let deployment = try Deployment(egress: egress)
        let outcome = try await LoopbackServer.with { port in
            await LoopbackServer.blocking {
                Result {
                    try deployment.call(
                        "get_price",
                        "http://127.0.0.1:\(port)/price".scaleEncoded(),
                        mode: .transaction
                    )
                }
            }
        }.get()
        let text = "HTTP request is not supported in transaction"
        // MessageResult Ok (00) ‖ Err (01) ‖ OracleError::Http (00) ‖ status 523 (0b 02) ‖ body.
        let expected = [0, 1, 0, 0x0b, 0x02] + Array(text.utf8).scaleEncoded()
        #expect(outcome.result == .success(ExecReturnValue(flags: 1, data: expected)))
        #expect(outcome.changes.isEmpty)
    }
}
