import PhalaPrimitives
import WasmKit

/// One running call, instantiation or delegate call: its identities, input and memory.
///
/// Each frame has an instance and memory of its own, as instantiation left them; nothing in memory or
/// globals outlives it (pink-abi.md §2, "Instance lifetime"), even when `ExecutionSlot` reuses the
/// instance for a later frame.
final class Frame: ExtensionFrame {
    unowned let session: ExecutionSession
    let contract: AccountId32
    let caller: AccountId32
    let value: Balance
    /// The code this frame runs (under `delegate_call`, the delegate's code).
    let codeHash: H256
    /// The call's input; `nil` once it was forwarded to a callee.
    var input: [UInt8]?
    /// The instance's memory, set when the instance is created.
    var memory: Memory?
    /// Whether callees may re-enter this contract: set by each `call` from its ALLOW_REENTRY flag.
    var allowsReentry = true

    init(
        session: ExecutionSession, contract: AccountId32, caller: AccountId32, value: Balance, codeHash: H256,
        input: [UInt8]
    ) {
        self.session = session
        self.contract = contract
        self.caller = caller
        self.value = value
        self.codeHash = codeHash
        self.input = input
    }

    var mode: ExecutionMode { session.context.mode }

    func balance(of account: AccountId32) -> (total: Balance, free: Balance) {
        let free = session.overlay.balance(of: account)
        return (free, free)
    }

    func codeExists(_ codeHash: H256) -> Bool { session.overlay.code(codeHash) != nil }

    func depositEvent(topics: [H256], data: [UInt8]) {
        session.overlay.record(ContractEvent(contract: contract, topics: topics, data: data))
    }
}
