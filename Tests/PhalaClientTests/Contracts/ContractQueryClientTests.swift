import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import Testing

/// The client refuses URLs it cannot post to and reports a worker it cannot reach as such; the route
/// itself is exercised end to end in WorkerHostTests' `WorkerAPIContractQueryTests`.
@Suite struct ContractQueryClientTests {
    static let key = keyPair(0x01)

    static func keyPair(_ seed: UInt8) -> Sr25519.KeyPair {
        do {
            return try Sr25519.KeyPair(miniSecret: [UInt8](repeating: seed, count: 32))
        } catch {
            preconditionFailure("a 32-byte seed is a mini secret: \(error)")
        }
    }

    @Test(arguments: ["ws://127.0.0.1:8000", "127.0.0.1:8000", "http://", "http:///contracts", ""])
    func aURLThatIsNotHTTPWithAHostIsRefused(url: String) {
        let error = #expect(throws: ContractQueryClientError.self) {
            _ = try ContractQueryClient(workerURL: url, workerKey: Self.key.publicKey)
        }
        #expect(error?.kind == .invalidURL)
    }

    @Test func aTrailingSlashIsDropped() throws {
        let client = try ContractQueryClient(workerURL: "https://worker.example:8000/", workerKey: Self.key.publicKey)
        #expect(client.workerURL == "https://worker.example:8000")
    }

    @Test func anUnreachableWorkerIsReportedAsSuch() async throws {
        // Port 9 (discard) on the loopback address has no listener on a test machine.
        let client = try ContractQueryClient(
            workerURL: "http://127.0.0.1:9",
            workerKey: Self.key.publicKey,
            configuration: .init(timeout: .seconds(30))
        )
        let error = await #expect(throws: ContractQueryClientError.self) {
            try await client.query(contract: AccountId32(FixedBytes(repeating: 1)), payload: [1], signer: Self.key)
        }
        #expect(error?.kind == .couldNotConnect)
    }

    @Test func theSystemClockReadsUnixMilliseconds() {
        // 2023-11-14 and 2100-01-01 in unix milliseconds bound any machine running these tests.
        let now = ContractQueryClient.systemUnixTimeMillis()
        #expect(now > 1_700_000_000_000 && now < 4_102_444_800_000)
    }
}
