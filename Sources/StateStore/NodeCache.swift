import MerkleTrie
import Synchronization

/// Keeps recently read and written trie nodes in memory, so the top of the state trie, which every
/// lookup walks, is not read from SQLite again and again.
///
/// Two generations approximate least-recently-used eviction at the cost of a dictionary per
/// generation: entries go into `recent`; when `recent` outgrows half the budget it becomes `older`
/// (whose entries are dropped), and a hit in `older` is copied back into `recent`. Entries are
/// content-addressed (the key is the hash of the bytes), so a cached entry is never stale.
final class NodeCache: Sendable {
    private struct Generations {
        var recent: [[UInt8]: [UInt8]] = [:]
        var older: [[UInt8]: [UInt8]] = [:]
        var recentBytes = 0
    }

    /// Bookkeeping charged per entry on top of its bytes: the 32-byte key, two array headers and the
    /// dictionary slot.
    static let entryOverhead = 100

    private let generationBytes: Int
    private let generations = Mutex(Generations())

    /// Creates a cache of about `capacityBytes`; 0 disables it.
    init(capacityBytes: Int) {
        generationBytes = max(0, capacityBytes) / 2
    }

    /// The cached bytes under `hash`, or nil.
    func node(forHash hash: [UInt8]) -> [UInt8]? {
        guard generationBytes > 0 else { return nil }
        return generations.withLock { state in
            if let bytes = state.recent[hash] { return bytes }
            guard let bytes = state.older[hash] else { return nil }
            Self.add(hash, bytes, to: &state, limit: generationBytes)
            return bytes
        }
    }

    /// Remembers `bytes` under `hash`.
    func insert(hash: [UInt8], bytes: [UInt8]) {
        guard generationBytes > 0 else { return }
        generations.withLock { Self.add(hash, bytes, to: &$0, limit: generationBytes) }
    }

    /// Remembers every node of a committed change set.
    func insert(_ nodes: [StoredNode]) {
        guard generationBytes > 0 else { return }
        generations.withLock { state in
            for node in nodes { Self.add(node.hash, node.bytes, to: &state, limit: generationBytes) }
        }
    }

    private static func add(_ hash: [UInt8], _ bytes: [UInt8], to state: inout Generations, limit: Int) {
        guard state.recent.updateValue(bytes, forKey: hash) == nil else { return }
        state.recentBytes += bytes.count + entryOverhead
        if state.recentBytes > limit {
            state.older = state.recent
            state.recent = [:]
            state.recentBytes = 0
        }
    }
}
