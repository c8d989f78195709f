import EnclaveAPI
import Logging
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import SCALE
import Testing

@testable import WorkerHost

/// `POST /contracts/query` passes encrypted queries to the enclave and its encrypted answers back,
/// with the host never seeing a query's content, and `ContractQueryClient` uses it end to end.
@Suite struct WorkerAPIContractQueryTests {
    static let worker = keyPair(0x57)
    static let otherWorker = keyPair(0x58)
    static let alice = keyPair(0xA1)
    static let contract = AccountId32(FixedBytes(repeating: 0xC0))
    static let payload = Array("get_secret(42)".utf8)

    static func keyPair(_ seed: UInt8) -> Sr25519.KeyPair {
        do {
            return try Sr25519.KeyPair(miniSecret: [UInt8](repeating: seed, count: 32))
        } catch {
            preconditionFailure("a 32-byte seed is a mini secret: \(error)")
        }
    }

    /// Runs the worker API on a free port around `body`, which gets the port.
    static func withWorkerAPI(
        enclave: any Enclave,
        maxContractQueryBytes: Int = 1 << 20,
        _ body: @Sendable (Int) async throws -> Void
    ) async throws {
        let (ports, listening) = AsyncStream<Int>.makeStream()
        let api = WorkerAPI(
            enclave: enclave,
            progress: RelayProgress(),
            configuration: .init(port: 0, maxContractQueryBytes: maxContractQueryBytes),
            logger: Logger(label: "phala.worker.api.test"),
            onListening: { _, port in listening.yield(port) }
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await api.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw RawHTTP.Failure(description: "the API never listened") }
            defer { group.cancelAll() }
            try await body(port)
        }
    }

    /// Whether `needle` occurs in `haystack` as a contiguous run.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
    }

    static func client(port: Int, workerKey: Sr25519.PublicKey = worker.publicKey) throws -> ContractQueryClient {
        try ContractQueryClient(
            workerURL: "http://127.0.0.1:\(port)",
            workerKey: workerKey,
            unixTimeMillis: { 1_700_000_000_000 }
        )
    }

    @Test func theRouteReturnsTheEnclavesAnswerAndTheWireCarriesNeitherQueryNorAnswerInTheClear() async throws {
        let enclave = ContractQueryEnclave(workerKey: Self.worker)
        let signed = SignedContractQuery(
            contract: Self.contract,
            payload: Self.payload,
            notAfterMillis: 9,
            signedBy: Self.alice
        )
        let (query, session) = try ContractQueryCipher.seal(signed, to: Self.worker.publicKey)
        try await Self.withWorkerAPI(enclave: enclave) { port in
            let exchange = try await RawHTTP.post(port: port, path: "/contracts/query", body: query.scaleEncoded())
            #expect(exchange.status == 200)
            let answer = try EncryptedContractResponse(scaleDecoding: exchange.body)
            #expect(try session.openResponse(answer) == ContractQueryEnclave.answer(to: Self.payload))
            #expect(await enclave.received == [EnclaveRequest.contractQuery(query).scaleEncoded()])
            for secret in [Self.payload, signed.query.origin.bytes, signed.query.contract.bytes] {
                #expect(!Self.contains(query.scaleEncoded(), secret))
                #expect(!Self.contains(exchange.wire, secret))
            }
        }
    }

    @Test func aBodyThatIsNoEncryptedQueryIsABadRequestAndNeverReachesTheEnclave() async throws {
        let enclave = ContractQueryEnclave(workerKey: Self.worker)
        try await Self.withWorkerAPI(enclave: enclave) { port in
            let exchange = try await RawHTTP.post(port: port, path: "/contracts/query", body: [1, 2, 3])
            #expect(exchange.status == 400)
            #expect(Self.contains(exchange.body, Array("\"reason\":\"malformedBody\"".utf8)))
            #expect(await enclave.received.isEmpty)
        }
    }

    @Test func aBodyOverTheLimitIsRefusedAsTooLarge() async throws {
        let enclave = ContractQueryEnclave(workerKey: Self.worker)
        try await Self.withWorkerAPI(enclave: enclave, maxContractQueryBytes: 100) { port in
            let query = EncryptedContractQuery(
                ephemeralPublicKey: .zero,
                iv: .zero,
                ciphertext: [UInt8](repeating: 1, count: 200)
            )
            let exchange = try await RawHTTP.post(port: port, path: "/contracts/query", body: query.scaleEncoded())
            #expect(exchange.status == 413)
            #expect(await enclave.received.isEmpty)
        }
    }

    @Test func theClientSignsEncryptsAndOpensTheAnswerEndToEnd() async throws {
        let enclave = ContractQueryEnclave(workerKey: Self.worker)
        try await Self.withWorkerAPI(enclave: enclave) { port in
            let answer = try await Self.client(port: port).query(
                contract: Self.contract,
                payload: Self.payload,
                signer: Self.alice
            )
            #expect(answer == ContractQueryEnclave.answer(to: Self.payload))
            let opened = try #require(await enclave.opened.first)
            #expect(opened.query.origin.bytes == Self.alice.publicKey.bytes)
            #expect(opened.query.contract == Self.contract)
            #expect(opened.query.notAfterMillis == 1_700_000_000_000 + 60_000)
        }
    }

    @Test func aReplayedQueryIsRefusedAsAConflict() async throws {
        let enclave = ContractQueryEnclave(workerKey: Self.worker)
        let signed = SignedContractQuery(
            contract: Self.contract,
            payload: Self.payload,
            notAfterMillis: 9,
            signedBy: Self.alice
        )
        let (query, _) = try ContractQueryCipher.seal(signed, to: Self.worker.publicKey)
        try await Self.withWorkerAPI(enclave: enclave) { port in
            let client = try Self.client(port: port)
            _ = try await client.post(query)
            let error = await #expect(throws: ContractQueryClientError.self) { try await client.post(query) }
            #expect(error?.kind == .rejected)
            #expect(error?.status == 409)
            #expect(error?.reason == "replayed")
        }
    }

    @Test func aQueryEncryptedToAnotherWorkerIsRefusedAsUndecryptable() async throws {
        let enclave = ContractQueryEnclave(workerKey: Self.worker)
        try await Self.withWorkerAPI(enclave: enclave) { port in
            let client = try Self.client(port: port, workerKey: Self.otherWorker.publicKey)
            let error = await #expect(throws: ContractQueryClientError.self) {
                try await client.query(contract: Self.contract, payload: Self.payload, signer: Self.alice)
            }
            #expect(error?.kind == .rejected)
            #expect(error?.status == 400)
            #expect(error?.reason == "undecryptable")
            #expect(error?.description.contains("another worker's key") == true)
        }
    }

    @Test(arguments: [
        (EnclaveError.noContractCluster, 404, "noContractCluster"),
        (.notInitialized, 503, "unavailable"),
        (.contractQueryRejected(.expired, detail: "late"), 400, "expired"),
        (.contractQueryRejected(.overloaded, detail: "busy"), 503, "overloaded"),
        (.sealingFailed(reason: "disk"), 500, "enclaveError"),
    ])
    func enclaveRefusalsReachTheClientWithStatusAndReason(refusal: EnclaveError, status: Int, reason: String)
        async throws
    {
        let enclave = ContractQueryEnclave(workerKey: Self.worker, refusal: refusal)
        try await Self.withWorkerAPI(enclave: enclave) { port in
            let error = await #expect(throws: ContractQueryClientError.self) {
                try await Self.client(port: port).query(
                    contract: Self.contract,
                    payload: Self.payload,
                    signer: Self.alice
                )
            }
            #expect(error?.kind == .rejected)
            #expect(error?.status == status)
            #expect(error?.reason == reason)
            #expect(error?.description.contains(refusal.description) == true)
        }
    }
}
