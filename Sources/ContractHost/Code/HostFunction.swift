public import WasmKit

/// The pallet-contracts v1.5 host functions this host provides, with their import names and wasm types.
///
/// One table serves the code validator (an import must name one of these with exactly this type) and
/// the linker. Each function is importable under its plain name and, where `hasPrefixedAlias`, under
/// `seal_<name>` in the same module (pink-abi.md §4).
public enum HostFunction: CaseIterable, Sendable {
    case getStorageFixed, setStorageFixed, getStorage, setStorage, containsStorage, clearStorage
    case input, sealReturn, valueTransferred, caller, address, blockNumber, now, balance, minimumBalance
    case gasLeft, isContract, callerIsOrigin, ownCodeHash
    case debugMessage, hashBlake2_256, hashBlake2_128, hashSha2_256, hashKeccak256, depositEvent
    case callChainExtension, call, delegateCall, instantiate, codeHash, setCodeHash

    /// The import module: `seal0`, `seal1` or `seal2`.
    public var module: String {
        switch self {
        case .getStorage, .containsStorage, .clearStorage, .call, .instantiate: "seal1"
        case .setStorage: "seal2"
        default: "seal0"
        }
    }

    /// The import name without the `seal_` prefix.
    public var name: String {
        switch self {
        case .getStorageFixed, .getStorage: "get_storage"
        case .setStorageFixed, .setStorage: "set_storage"
        case .containsStorage: "contains_storage"
        case .clearStorage: "clear_storage"
        case .input: "input"
        case .sealReturn: "seal_return"
        case .valueTransferred: "value_transferred"
        case .caller: "caller"
        case .address: "address"
        case .blockNumber: "block_number"
        case .now: "now"
        case .balance: "balance"
        case .minimumBalance: "minimum_balance"
        case .gasLeft: "gas_left"
        case .isContract: "is_contract"
        case .callerIsOrigin: "caller_is_origin"
        case .ownCodeHash: "own_code_hash"
        case .debugMessage: "debug_message"
        case .hashBlake2_256: "hash_blake2_256"
        case .hashBlake2_128: "hash_blake2_128"
        case .hashSha2_256: "hash_sha2_256"
        case .hashKeccak256: "hash_keccak_256"
        case .depositEvent: "deposit_event"
        case .callChainExtension: "call_chain_extension"
        case .call: "call"
        case .delegateCall: "delegate_call"
        case .instantiate: "instantiate"
        case .codeHash: "code_hash"
        case .setCodeHash: "set_code_hash"
        }
    }

    /// Whether `seal_<name>` is accepted too; `seal_return` has only its one name.
    public var hasPrefixedAlias: Bool { self != .sealReturn && self != .setStorage }

    /// The wasm signature: pointers and lengths are i32, gas is i64.
    public var type: FunctionType {
        let i32 = ValueType.i32
        switch self {
        case .getStorageFixed: return FunctionType(parameters: [i32, i32, i32], results: [i32])
        case .setStorageFixed: return FunctionType(parameters: [i32, i32, i32], results: [])
        case .getStorage: return FunctionType(parameters: [i32, i32, i32, i32], results: [i32])
        case .setStorage: return FunctionType(parameters: [i32, i32, i32, i32], results: [i32])
        case .containsStorage, .clearStorage: return FunctionType(parameters: [i32, i32], results: [i32])
        case .input, .valueTransferred, .caller, .address, .blockNumber, .now, .balance, .minimumBalance,
            .gasLeft, .ownCodeHash:
            return FunctionType(parameters: [i32, i32], results: [])
        case .sealReturn: return FunctionType(parameters: [i32, i32, i32], results: [])
        case .isContract: return FunctionType(parameters: [i32], results: [i32])
        case .callerIsOrigin: return FunctionType(parameters: [], results: [i32])
        case .debugMessage: return FunctionType(parameters: [i32, i32], results: [i32])
        case .hashBlake2_256, .hashBlake2_128, .hashSha2_256, .hashKeccak256:
            return FunctionType(parameters: [i32, i32, i32], results: [])
        case .depositEvent: return FunctionType(parameters: [i32, i32, i32, i32], results: [])
        case .callChainExtension: return FunctionType(parameters: [i32, i32, i32, i32, i32], results: [i32])
        case .call: return FunctionType(parameters: [i32, i32, .i64, i32, i32, i32, i32, i32], results: [i32])
        case .delegateCall: return FunctionType(parameters: [i32, i32, i32, i32, i32, i32], results: [i32])
        case .instantiate:
            return FunctionType(parameters: [i32, .i64, i32, i32, i32, i32, i32, i32, i32, i32, i32], results: [i32])
        case .codeHash: return FunctionType(parameters: [i32, i32, i32], results: [i32])
        case .setCodeHash: return FunctionType(parameters: [i32], results: [i32])
        }
    }

    /// Every (module, name) pair under which a host function can be imported.
    public static let importNames: [String: [String: HostFunction]] = {
        var table: [String: [String: HostFunction]] = [:]
        for function in allCases {
            table[function.module, default: [:]][function.name] = function
            if function.hasPrefixedAlias {
                table[function.module, default: [:]]["seal_" + function.name] = function
            }
        }
        return table
    }()
}
