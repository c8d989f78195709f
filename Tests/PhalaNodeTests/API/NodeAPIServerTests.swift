import JSONRPC
import PhalaClient
import PhalaPrimitives
import Testing

@testable import PhalaNode

/// The API served by a real `RPCServer` and driven by `PhalaClient`, as clients on the wire see it.
@Suite(.timeLimit(.minutes(1))) struct NodeAPIServerTests {
    @Test func clientsSeeTheMethodsHeadersErrorsAndWatchStatusesOverWebSocket() async throws {
        var world = try APIWorld()
        let alice = try DevKey.alice
        let transfer = try world.sign(
            APIWorld.transfer(to: try DevKey.bob, planck: 1_000_000_000_000),
            by: alice,
            nonce: 0
        )
        var forged = transfer
        forged[40] ^= 0x01
        try await withServer(world.methods) { port in
            try await Client.withConnection(to: "ws://127.0.0.1:\(port)", logger: quietLogger) { client in
                let names = try await client.request("rpc_methods")["methods"]?.array ?? []
                #expect(names.contains("chain_subscribeNewHead"))
                #expect(names.contains("author_submitAndWatchExtrinsic"))
                #expect(try await client.request("chain_getHeader")["number"] == "0x0")
                #expect(try await client.request("state_getStorage", ["0x0123"]) == .null)

                do throws(ClientError) {
                    _ = try await client.request("author_submitExtrinsic", [.hex(forged)])
                    Issue.record("a forged signature was accepted")
                } catch {
                    #expect(
                        error.rpcError
                            == RPCError(
                                code: 1010,
                                message: "Invalid Transaction",
                                data: "Transaction has a bad signature"
                            )
                    )
                }
                do throws(ClientError) {
                    _ = try await client.request("chain_getBlockHash", [true])
                    Issue.record("a boolean block number was accepted")
                } catch {
                    #expect(error.rpcError?.code == RPCError.Code.invalidParams)
                }

                var heads = try await client.subscribe(
                    "chain_subscribeNewHeads",
                    unsubscribe: "chain_unsubscribeNewHeads"
                )
                .makeAsyncIterator()
                #expect(try await heads.next()?["number"] == "0x0")
                var statuses = try await client.subscribe(
                    "author_submitAndWatchExtrinsic",
                    [.hex(transfer)],
                    unsubscribe: "author_unwatchExtrinsic"
                )
                .makeAsyncIterator()
                #expect(try await statuses.next() == "ready")
                let block = try await world.produceBlock()
                #expect(try await statuses.next() == ["inBlock": .string(block.hash.description)])
                #expect(try await statuses.next() == ["finalized": .string(block.hash.description)])
                #expect(try await heads.next()?["number"] == "0x1")
                #expect(try await client.request("author_unwatchExtrinsic", ["nope"]) == false)
            }
        }
    }
}
