import SCALE
import PhalaPrimitives

extension PinkExtension {
    /// `cache_set` (id 6, status-returning): a query writes the cache (status 1 when over quota), a
    /// transaction records the write, an estimate does nothing; both of the latter return status 0.
    func cacheSet(key: [UInt8], value: [UInt8], frame: any ExtensionFrame) -> ChainExtensionResult {
        switch frame.mode {
        case .query:
            do {
                try environment.cache.set(value, forKey: key, of: frame.contract)
            } catch {
                return ChainExtensionResult(status: StorageQuotaExceeded.statusCode, output: [])
            }
        case .transaction: record(.set(key: key, value: value), in: frame)
        case .estimating: break
        }
        return ChainExtensionResult(output: [])
    }

    /// `cache_set_expiration` (id 7): 0 seconds deletes the key.
    func cacheSetExpiration(key: [UInt8], seconds: UInt64, frame: any ExtensionFrame) {
        switch frame.mode {
        case .query: environment.cache.setExpiration(seconds, forKey: key, of: frame.contract)
        case .transaction: record(.setExpiration(key: key, expiration: seconds), in: frame)
        case .estimating: break
        }
    }

    /// `cache_remove` (id 9): the old value in a query, always None in a transaction.
    func cacheRemove(key: [UInt8], frame: any ExtensionFrame) -> [UInt8]? {
        switch frame.mode {
        case .query: return environment.cache.removeValue(forKey: key, of: frame.contract)
        case .transaction: record(.remove(key: key), in: frame)
        case .estimating: break
        }
        return nil
    }

    /// Emits a cache operation as a pink event of the calling frame, for the worker to apply after commit.
    private func record(_ operation: CacheOp, in frame: any ExtensionFrame) {
        frame.depositEvent(topics: [PinkEvent.topic], data: PinkEvent.cacheOperation(operation).scaleEncoded())
    }
}
