import JSONRPC
import PhalaPrimitives
import PhalaRuntime
import StateStore

extension NodeAPI {
    /// `system_chain`, `system_chainType`, `system_name`, `system_version`, `system_properties`,
    /// `system_health`, `system_syncState` (a single node is always in sync with itself) and
    /// `system_accountNextIndex` (alias `account_nextIndex`).
    func registerSystem(in methods: inout RPCMethods) {
        let api = self
        methods.method("system_chain") { _ in .string(api.chainSpec.name) }
        methods.method("system_chainType") { _ in .string(api.chainSpec.chainType) }
        methods.method("system_name") { _ in .string(api.nodeName) }
        methods.method("system_version") { _ in .string(api.nodeVersion) }
        methods.method("system_properties") { _ in
            let properties = api.chainSpec.properties
            return [
                "ss58Format": .integer(Int64(properties.ss58Format)),
                "tokenDecimals": .integer(Int64(properties.tokenDecimals)),
                "tokenSymbol": .string(properties.tokenSymbol),
            ]
        }
        methods.method("system_health") { _ in
            ["peers": 0, "isSyncing": false, "shouldHavePeers": false]
        }
        methods.method("system_syncState") { _ throws(RPCError) in
            let best = Int64(try api.bestBlock().number)
            return ["startingBlock": 0, "currentBlock": .integer(best), "highestBlock": .integer(best)]
        }
        methods.method("system_accountNextIndex", aliases: ["account_nextIndex"]) { params throws(RPCError) in
            .integer(Int64(try await api.nextIndex(of: try Self.account(params, at: 0))))
        }
    }

    /// The nonce the account's next transaction should carry: its nonce at the best block, advanced past
    /// the transactions the pool holds for it.
    func nextIndex(of account: AccountId32) async throws(RPCError) -> UInt32 {
        let state = try state(at: try bestBlock().hash)
        let chainNonce: UInt32
        do { chainNonce = try runtime.accountNonce(of: account, state: state) } catch {
            throw .internalError(error.description)
        }
        return await pool.nextNonce(for: account, chainNonce: chainNonce)
    }

    /// The account at `position`: an SS58 address of any network prefix, or `0x` and 64 hex digits.
    /// - Throws: -32602 saying what was expected.
    static func account(_ params: Params, at position: Int) throws(RPCError) -> AccountId32 {
        let text = try params.string(at: position)
        if let bytes = BlockParameter.hexBytes(text), let account = try? AccountId32(bytes: bytes) { return account }
        if let account = try? AccountId32(ss58: text) { return account }
        throw .invalidParams(
            "expected an account (an SS58 address or 0x and 64 hex digits) at position \(position), got \(BlockParameter.describe(.string(text)))"
        )
    }
}
