import MerkleTrie
package import SCALE

extension Overlay {
    /// The value under `key` decoded as `Value`, for storage items.
    ///
    /// A base trie failure becomes `DispatchError.unavailable` (the executive then finds it in
    /// `backendFailure` and aborts the block); a stored value that does not decode exactly becomes
    /// `DispatchError.corruption`.
    package mutating func decoded<Value: ScaleDecodable>(_ type: Value.Type, forKey key: [UInt8]) throws(DispatchError)
        -> Value?
    {
        let bytes: [UInt8]?
        do {
            bytes = try value(forKey: key)
        } catch {
            throw .unavailable
        }
        guard let bytes else { return nil }
        do {
            return try Value(scaleDecoding: bytes)
        } catch {
            throw .corruption
        }
    }

    /// `keys(prefix:)` with a base trie failure turned into `DispatchError.unavailable`.
    package mutating func storageKeys(prefix: [UInt8]) throws(DispatchError) -> [[UInt8]] {
        do {
            return try keys(prefix: prefix)
        } catch {
            throw .unavailable
        }
    }
}
