import ContractHost
import PhalaPrimitives
import PhalaTesting
import SCALE
import Testing

extension ContractWorld {
    /// A world whose contracts reach `environment` through the real `PinkExtension`.
    init(pink environment: FakeEnvironment) {
        self.init(chainExtension: PinkExtension(environment: environment))
    }

    /// Uploads one of our C contracts, checking that the executor hashes it as the builder did.
    mutating func upload(_ contract: BuiltContract, deterministic: Bool = true) throws -> H256 {
        let hash = try upload(contract.wasm, deterministic: deterministic)
        #expect(hash.bytes == contract.codeHash, "\(contract.name): executor and builder disagree on the code hash")
        return hash
    }

    /// Uploads and instantiates `contract` with `constructor`, requiring the constructor to succeed.
    /// - Returns: the new contract's address.
    mutating func deploy(
        _ contract: BuiltContract,
        _ constructor: String = "default",
        arguments: [UInt8] = [],
        value: Balance = .zero,
        origin: AccountId32 = alice
    ) throws -> AccountId32 {
        let code = try upload(contract)
        let outcome = instantiate(
            code,
            input: try contract.constructor(constructor) + arguments,
            value: value,
            origin: origin
        )
        #expect(
            outcome.successData == [0, 0],
            "\(contract.name).\(constructor): \(outcome.result) \(outcome.debugMessage)"
        )
        return try #require(outcome.instantiatedAddress)
    }
}

extension BuiltContract {
    /// The input of a message call: its selector ‖ the SCALE encoding of `arguments` (pink-abi.md §6.3).
    func message<each Argument: ScaleEncodable>(_ label: String, _ arguments: repeat each Argument) throws -> [UInt8] {
        let selector = try #require(messages[label], "\(name) has no message \(label)")
        var encoder = ScaleEncoder()
        encoder.encode(tuple: repeat each arguments)
        return selector + encoder.bytes
    }

    /// The selector of constructor `label`.
    func constructor(_ label: String) throws -> [UInt8] {
        try #require(constructors[label], "\(name) has no constructor \(label)")
    }
}

extension FakeEnvironment {
    /// Applies the cache operations a committed transaction recorded as pink events, as the worker does
    /// after commit (pink-abi.md §6.7 step 5).
    /// - Returns: the operations applied, in order, with the contract they belong to.
    @discardableResult
    func applyCacheOperations(of outcome: ExecutionOutcome) throws -> [CacheOp] {
        var applied: [CacheOp] = []
        for event in outcome.changes.events where event.topics == [PinkEvent.topic] {
            if case .cacheOperation(let operation) = try PinkEvent(scaleDecoding: event.data) {
                cache.apply(operation, for: event.contract)
                applied.append(operation)
            }
        }
        return applied
    }
}
