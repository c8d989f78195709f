import ContractHost
import PhalaPrimitives
import WAT

/// A test cluster: an executor, committed state and helpers to upload, instantiate and call.
struct ContractWorld {
    static let alice = AccountId32(FixedBytes(repeating: 1))
    static let bob = AccountId32(FixedBytes(repeating: 2))

    let executor: ContractExecutor
    var state = ClusterState()

    init(chainExtension: any ChainExtension = RefusingExtension(), configuration: ContractExecutor.Configuration = .init()) {
        executor = ContractExecutor(configuration: configuration, chainExtension: chainExtension)
        state.setBalance(.pha(1_000), of: Self.alice)
        state.setBalance(.pha(1_000), of: Self.bob)
    }

    /// Validates and stores `wasm`; returns its hash.
    mutating func upload(_ wasm: [UInt8], deterministic: Bool = true) throws -> H256 {
        let code = try executor.validate(wasm, deterministic: deterministic)
        state.upload(code)
        return code.hash
    }

    /// Compiles WAT text and uploads it.
    mutating func upload(wat: String) throws -> H256 {
        try upload(wat2wasm(wat))
    }

    func context(_ mode: ExecutionMode, origin: AccountId32 = alice, gasLimit: UInt64? = nil) -> ExecutionContext {
        ExecutionContext(mode: mode, origin: origin, blockNumber: 7, timestampMillis: 1_700_000_000_000, gasLimit: gasLimit)
    }

    /// Instantiates in a transaction and applies the changes.
    mutating func instantiate(
        _ codeHash: H256, input: [UInt8], salt: [UInt8] = [], value: Balance = .zero, origin: AccountId32 = alice
    ) -> ExecutionOutcome {
        let outcome = executor.instantiate(
            codeHash: codeHash, input: input, salt: salt, value: value, context: context(.transaction, origin: origin),
            store: state)
        state.apply(outcome.changes)
        return outcome
    }

    /// Calls in `mode`, sending `value` along; applies the changes of a transaction.
    mutating func call(
        _ contract: AccountId32, _ input: [UInt8], mode: ExecutionMode = .transaction, origin: AccountId32 = alice,
        gasLimit: UInt64? = nil, value: Balance = .zero
    ) -> ExecutionOutcome {
        let outcome = executor.call(
            contract: contract, input: input, value: value, context: context(mode, origin: origin, gasLimit: gasLimit),
            store: state)
        if mode.commitsState { state.apply(outcome.changes) }
        return outcome
    }
}

/// A chain extension for tests that do not use one: every id is unknown.
struct RefusingExtension: ChainExtension {
    func call(id: UInt32, input: [UInt8], frame: any ExtensionFrame) throws(ExecutionFailure) -> ChainExtensionResult {
        throw .pink(.unknownChainExtensionId)
    }
}

extension Array where Element == UInt8 {
    /// Parses a hex string without prefix, for selectors and expected bytes.
    init(hex: String) {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        self = bytes
    }
}
