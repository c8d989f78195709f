import JSONRPC
import PhalaPrimitives

extension NodeAPI {
    /// `author_submitExtrinsic`, `author_pendingExtrinsics` and the `author_submitAndWatchExtrinsic` /
    /// `author_unwatchExtrinsic` subscription (notification `author_extrinsicUpdate`).
    func registerAuthor(in methods: inout RPCMethods) {
        let api = self
        methods.method("author_submitExtrinsic") { params throws(RPCError) in
            let bytes = try params.hexBytes(at: 0)
            do throws(PoolError) { return .hash(try await api.pool.submit(bytes)) } catch { throw error.rpcError }
        }
        methods.method("author_pendingExtrinsics") { _ in
            .array(await api.pool.pendingExtrinsics.map { .hex($0) })
        }
        methods.subscription(
            subscribe: "author_submitAndWatchExtrinsic",
            unsubscribe: "author_unwatchExtrinsic",
            notification: "author_extrinsicUpdate"
        ) { params, sink throws(RPCError) in
            let bytes = try params.hexBytes(at: 0)
            let updates: AsyncStream<TransactionStatus>
            do throws(PoolError) { updates = try await api.pool.submitAndWatch(bytes).updates } catch {
                throw error.rpcError
            }
            for await status in updates {
                await sink.send(status.json)
                if status.isFinal { return }
            }
        }
    }
}
