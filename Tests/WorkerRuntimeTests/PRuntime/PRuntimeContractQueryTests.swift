import EnclaveAPI
import Foundation
import PhalaPrimitives
import Testing
import WorkerRuntime

/// Until the worker hosts a contract cluster, the runtime refuses every contract query across the
/// boundary with an error that says so.
@Suite struct PRuntimeContractQueryTests {
    @Test func aRuntimeWithoutAClusterRefusesContractQueries() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let runtime = try PRuntime(configuration: .init(dataDirectory: directory.path))
        let query = EncryptedContractQuery(ephemeralPublicKey: .zero, iv: .zero, ciphertext: [1, 2, 3])
        await #expect(throws: EnclaveError.noContractCluster) { try await EnclaveClient(runtime).contractQuery(query) }
    }
}
