import SCALE

/// A SCALE vector that a block grows one item at a time, kept as its parts so that appending does not
/// re-encode what is already there.
///
/// `existingCount` and `existingItems` are the vector found in state before the first append (its
/// element count and the bytes after the count); `items` are the appended encodings.
struct AppendedVector: Sendable {
    /// How many elements the vector held before this block's appends.
    var existingCount: UInt64
    /// The encoded elements it held, without the leading compact count.
    var existingItems: ArraySlice<UInt8>
    /// The encodings appended in this block, in order.
    var items: [[UInt8]] = []

    /// Takes over a stored vector, or starts an empty one when there is none or the value does not
    /// start with a compact count.
    init(existing value: [UInt8]?) {
        guard let value else {
            (existingCount, existingItems) = (0, [])
            return
        }
        var decoder = ScaleDecoder(value)
        do {
            existingCount = try decoder.decode(Compact<UInt64>.self).value
            existingItems = value[decoder.offset...]
        } catch {
            (existingCount, existingItems) = (0, [])
        }
    }

    /// The whole vector's SCALE encoding: the new count, the old elements, the appended ones.
    var encoded: [UInt8] {
        var encoder = ScaleEncoder(capacity: existingItems.count + items.reduce(9) { $0 + $1.count })
        encoder.encode(Compact(existingCount + UInt64(items.count)))
        encoder.append(existingItems)
        for item in items { encoder.append(item) }
        return encoder.bytes
    }
}
