import ContractHost
import PhalaPrimitives
import SCALE
import Synchronization

/// A contract frame for extension tests: fixed addresses and balances, recorded events.
final class FakeFrame: ExtensionFrame {
    let mode: ExecutionMode
    let contract: AccountId32
    let caller = AccountId32(FixedBytes(repeating: 0x01))
    var events: [(topics: [H256], data: [UInt8])] = []
    var knownCode: Set<H256> = []

    init(_ mode: ExecutionMode, contract: AccountId32 = AccountId32(FixedBytes(repeating: 0xC0))) {
        self.mode = mode
        self.contract = contract
    }

    func balance(of account: AccountId32) -> (total: Balance, free: Balance) {
        account == AccountId32(FixedBytes(repeating: 0xFF)) ? (Balance(planck: 114_514), Balance(planck: 114_000)) : (.zero, .zero)
    }

    func codeExists(_ codeHash: H256) -> Bool { knownCode.contains(codeHash) }

    func depositEvent(topics: [H256], data: [UInt8]) { events.append((topics, data)) }
}

/// A clock in whole seconds that only moves when a test advances it.
final class ManualClock: Sendable {
    private let value: Mutex<UInt64>

    init(seconds: UInt64) { value = Mutex(seconds) }

    var seconds: UInt64 { value.withLock { $0 } }

    func advance(by seconds: UInt64) { value.withLock { $0 += seconds } }
}

/// An egress that answers from a script and remembers what it was asked.
final class FakeEgress: HTTPEgress {
    let single: Result<HttpResponse, HttpRequestError>
    let batch: Result<[Result<HttpResponse, HttpRequestError>], HttpRequestError>
    private let log = Mutex<[(requests: [HttpRequest], timeout: Duration)]>([])

    init(
        single: Result<HttpResponse, HttpRequestError> = .success(HttpResponse(statusCode: 200, reasonPhrase: "OK")),
        batch: Result<[Result<HttpResponse, HttpRequestError>], HttpRequestError> = .success([])
    ) {
        self.single = single
        self.batch = batch
    }

    var calls: [(requests: [HttpRequest], timeout: Duration)] { log.withLock { $0 } }

    func send(_ request: HttpRequest, timeout: Duration) -> Result<HttpResponse, HttpRequestError> {
        log.withLock { $0.append(([request], timeout)) }
        return single
    }

    func send(batch requests: [HttpRequest], timeout: Duration) -> Result<[Result<HttpResponse, HttpRequestError>], HttpRequestError> {
        log.withLock { $0.append((requests, timeout)) }
        return batch
    }
}

/// A worker environment for extension tests: fixed keys and clocks, a manual cache clock, recorded logs.
final class FakeEnvironment: PinkEnvironment {
    let clusterSecretKey: [UInt8]?
    let workerPublicKey = FixedBytes<32>(repeating: 0x01)
    let systemContract: AccountId32?
    let cache: ContractCache
    let egress: any HTTPEgress
    let clock = ManualClock(seconds: 1_000)
    private let logs = Mutex<[(AccountId32, ContractLogLevel, String)]>([])
    private let imports = Mutex<[AccountId32]>([])

    /// The system code hash `importLatestSystemCode` reports.
    static let systemCode = H256(FixedBytes(repeating: 0x5C))

    init(
        clusterSecretKey: [UInt8]? = [UInt8](repeating: 0x42, count: 64),
        systemContract: AccountId32? = AccountId32(FixedBytes(repeating: 0x5A)),
        egress: any HTTPEgress = FakeEgress()
    ) {
        self.clusterSecretKey = clusterSecretKey
        self.systemContract = systemContract
        self.egress = egress
        cache = ContractCache(now: { [clock] in clock.seconds })
    }

    var loggedMessages: [(AccountId32, ContractLogLevel, String)] { logs.withLock { $0 } }
    var importPayers: [AccountId32] { imports.withLock { $0 } }

    func randomBytes(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 * 7 + 1) } }

    func untrustedMillisSinceUnixEpoch() -> UInt64 { 1_764_000_000_000 }

    func eventChainHead() -> (nextBlockNumber: UInt64, lastBlockHash: H256) { (42, H256(FixedBytes(repeating: 0xEE))) }

    func importLatestSystemCode(payer: AccountId32) -> H256? {
        imports.withLock { $0.append(payer) }
        return Self.systemCode
    }

    func log(contract: AccountId32, level: ContractLogLevel, message: String) {
        logs.withLock { $0.append((contract, level, message)) }
    }
}

/// The modes in which pink uses its transaction backend.
let transactionModes: [ExecutionMode] = [.estimating, .transaction]

extension PinkExtension {
    /// Calls `function` with the SCALE encoding of `arguments`.
    func call<each T: ScaleEncodable>(
        _ function: PinkFunction, _ arguments: repeat each T, frame: any ExtensionFrame
    ) throws(ExecutionFailure) -> ChainExtensionResult {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: repeat each arguments)
        return try call(id: UInt32(function.rawValue), input: encoder.bytes, frame: frame)
    }
}

/// Decodes a whole extension output as `T`, failing the test on malformed bytes.
func decoded<T: ScaleDecodable>(_ result: ChainExtensionResult, as type: T.Type = T.self) throws -> T {
    try T(scaleDecoding: result.output)
}
