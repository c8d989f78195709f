import ContractHost
import Foundation
import Logging
import PhalaCrypto
import PhalaPrimitives

/// What the pink extension sees of this worker for one cluster: the cluster key, the worker key, the
/// local cache, HTTP egress, randomness and the clock (pink-abi.md §5.2).
///
/// Only queries reach the non-deterministic parts (egress, randomness, clock); transactions take the
/// deterministic branch of every function, so all workers of a cluster stay identical. There is no
/// system contract on this host's clusters, so `systemContract` is nil and `importLatestSystemCode`
/// has nothing to import.
struct WorkerPinkEnvironment: PinkEnvironment {
    let clusterSecretKey: [UInt8]?
    let workerPublicKey: FixedBytes<32>
    let systemContract: AccountId32? = nil
    let cache: ContractCache
    let egress: any HTTPEgress
    let chainHead: LatestBlock

    func randomBytes(_ count: Int) -> [UInt8] {
        var random = SystemRandomSource()
        return random.bytes(count: count)
    }

    func untrustedMillisSinceUnixEpoch() -> UInt64 { UInt64(Date().timeIntervalSince1970 * 1000) }

    func eventChainHead() -> (nextBlockNumber: UInt64, lastBlockHash: H256) {
        let head = chainHead.value
        return (UInt64(head.number) + 1, head.hash)
    }

    func importLatestSystemCode(payer: AccountId32) -> H256? { nil }

    func log(contract: AccountId32, level: ContractLogLevel, message: String) {
        let logLevel: Logger.Level =
            switch level {
            case .error: .error
            case .warn: .warning
            case .info: .info
            case .debug: .debug
            case .trace: .trace
            }
        contractLog.log(level: logLevel, "contract log", metadata: ["contract.id": "\(contract)", "message": "\(message)"])
    }
}

/// A worker without network egress: every HTTP request is refused as not allowed.
struct NoHTTPEgress: HTTPEgress {
    func send(_ request: HttpRequest, timeout: Duration) -> Result<HttpResponse, HttpRequestError> { .failure(.notAllowed) }

    func send(batch: [HttpRequest], timeout: Duration) -> Result<[Result<HttpResponse, HttpRequestError>], HttpRequestError> {
        .failure(.notAllowed)
    }
}
