import PhalaPrimitives
import SCALE

/// Pink's chain extension (extension id 0): the 25 functions through which a Phat Contract reaches
/// crypto, the worker-local cache, HTTP, logging and cluster facts (pink-abi.md §5).
///
/// Every function has a query form and a transaction form (pink-abi.md §6.5): a transaction, and its
/// estimating dry run, must give the same answer on every worker, so non-deterministic services return
/// fixed stand-ins there (empty randomness, time 0, zero worker key, HTTP status 523) and cache writes
/// become `PinkEvent.cacheOperation` events the worker applies after commit (an estimate records nothing).
///
/// Not supported: `js_eval` needs the cluster's QuickJS SideVM program and SideVM is out of scope for this
/// host, so it answers `JsValue.exception`; `worker_sgx_quote` answers None; `code_exists` for SideVM code
/// answers false; `sidevm://` URLs are not routed.
public struct PinkExtension: ChainExtension {
    /// What the worker supplies: keys, cache, HTTP, randomness, time, logging.
    public let environment: any PinkEnvironment

    /// The version `runtime_version` reports: pink-runtime 1.2.
    public static let runtimeVersion: (major: UInt32, minor: UInt32) = (1, 2)
    /// How long a query's HTTP request may take: pink's default query time.
    public static let queryTimeLimit: Duration = .seconds(10)
    /// The most requests one `batch_http_request` may make.
    public static let maximumBatchSize = 5

    /// Creates the extension over a worker's environment.
    /// - Parameter environment: the worker's keys, cache, HTTP and clocks.
    public init(environment: any PinkEnvironment) {
        self.environment = environment
    }

    /// Runs one extension function (pink-abi.md §5.1).
    /// - Parameters:
    ///   - id: extension id (upper 16 bits, must be 0) and function id (lower 16 bits, 1…25).
    ///   - input: the SCALE-encoded argument tuple, which must decode exactly.
    ///   - frame: the calling contract's frame.
    /// - Returns: status and output; only `cache_set` and `batch_http_request` use a non-zero status.
    /// - Throws: `.pink(.unknownChainExtensionId)`, `.pink(.unknownChainExtensionFunction)`,
    ///   `.contracts(.decodingFailed)` for bad input, or the function's own failure (an invalid key,
    ///   a refused HTTP request, a missing cluster key or system contract, a caller that is not the system
    ///   contract).
    public func call(id: UInt32, input: [UInt8], frame: any ExtensionFrame) throws(ExecutionFailure) -> ChainExtensionResult {
        guard id >> 16 == 0 else { throw .pink(.unknownChainExtensionId) }
        guard let function = PinkFunction(rawValue: UInt16(truncatingIfNeeded: id)) else {
            throw .pink(.unknownChainExtensionFunction)
        }
        return try run(function, input: input, frame: frame)
    }

    /// Decodes the arguments of `function`, runs it in the frame's mode and encodes its result.
    private func run(
        _ function: PinkFunction, input: [UInt8], frame: any ExtensionFrame
    ) throws(ExecutionFailure) -> ChainExtensionResult {
        let mode = frame.mode
        switch function {
        case .httpRequest:
            return .value(try httpRequest(Self.arguments(input, HttpRequest.self), mode: mode))
        case .sign:
            let (type, key, message) = try Self.arguments(input, SigType.self, [UInt8].self, [UInt8].self)
            return .value(try sign(type, key: key, message: message, mode: mode))
        case .verify:
            let (type, publicKey, message, signature) = try Self.arguments(
                input, SigType.self, [UInt8].self, [UInt8].self, [UInt8].self
            )
            return .value(try verify(type, publicKey: publicKey, message: message, signature: signature))
        case .deriveSr25519Key:
            return .value(try deriveSr25519Key(salt: Self.arguments(input, [UInt8].self), contract: frame.contract))
        case .getPublicKey:
            let (type, key) = try Self.arguments(input, SigType.self, [UInt8].self)
            return .value(try publicKey(type, key: key))
        case .cacheSet:
            let (key, value) = try Self.arguments(input, [UInt8].self, [UInt8].self)
            return cacheSet(key: key, value: value, frame: frame)
        case .cacheSetExpiration:
            let (key, seconds) = try Self.arguments(input, [UInt8].self, UInt64.self)
            cacheSetExpiration(key: key, seconds: seconds, frame: frame)
            return .values()
        case .cacheGet:
            let key = try Self.arguments(input, [UInt8].self)
            return .value(mode == .query ? environment.cache.value(forKey: key, of: frame.contract) : nil)
        case .cacheRemove:
            return .value(cacheRemove(key: try Self.arguments(input, [UInt8].self), frame: frame))
        case .log:
            let (level, message) = try Self.arguments(input, UInt8.self, String.self)
            environment.log(contract: frame.contract, level: ContractLogLevel(pinkLevel: level), message: message)
            return .values()
        case .getRandom:
            let length = try Self.arguments(input, UInt8.self)
            return .value(mode == .query ? environment.randomBytes(Int(length)) : [UInt8]())
        case .isInTransaction:
            try Self.arguments(input)
            return .value(mode.isInTransaction)
        case .ecdsaSignPrehashed:
            let (key, hash) = try Self.arguments(input, [UInt8].self, FixedBytes<32>.self)
            return .value(try ecdsaSignPrehashed(key: key, hash: hash))
        case .ecdsaVerifyPrehashed:
            let (signature, hash, publicKey) = try Self.arguments(
                input, FixedBytes<65>.self, FixedBytes<32>.self, FixedBytes<33>.self
            )
            return .value(ecdsaVerifyPrehashed(signature: signature, hash: hash, publicKey: publicKey))
        case .systemContractId:
            try Self.arguments(input)
            guard let system = environment.systemContract else { throw .pink(.systemContractMissing) }
            return .value(system)
        case .balanceOf:
            let balance = frame.balance(of: try Self.arguments(input, AccountId32.self))
            return .values(balance.total.planck, balance.free.planck)
        case .workerPublicKey:
            try Self.arguments(input)
            return .value(mode == .query ? environment.workerPublicKey : FixedBytes<32>.zero)
        case .untrustedMillisSinceUnixEpoch:
            try Self.arguments(input)
            return .value(mode == .query ? environment.untrustedMillisSinceUnixEpoch() : UInt64(0))
        case .codeExists:
            let (codeHash, sidevm) = try Self.arguments(input, H256.self, Bool.self)
            return .value(sidevm ? false : frame.codeExists(codeHash))
        case .importLatestSystemCode:
            let payer = try Self.arguments(input, AccountId32.self)
            guard let system = environment.systemContract, frame.contract == system else { throw .badOrigin }
            return .value(environment.importLatestSystemCode(payer: payer))
        case .runtimeVersion:
            try Self.arguments(input)
            return .values(Self.runtimeVersion.major, Self.runtimeVersion.minor)
        case .batchHttpRequest:
            let (requests, timeoutMilliseconds) = try Self.arguments(input, [HttpRequest].self, UInt64.self)
            return batchHttpRequest(requests, timeoutMilliseconds: timeoutMilliseconds, mode: mode)
        case .currentEventChainHead:
            try Self.arguments(input)
            let head = environment.eventChainHead()
            return .values(head.nextBlockNumber, head.lastBlockHash)
        case .jsEval:
            _ = try Self.arguments(input, [JsCode].self, [String].self)
            let message = mode == .query ? "Not implemented" : "Js evaluation is not supported in transaction"
            return .value(JsValue.exception(message))
        case .workerSgxQuote:
            try Self.arguments(input)
            return .value(SgxQuote?.none)
        }
    }
}
