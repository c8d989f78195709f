/// Conversions between byte-string keys and the nibble paths (one 4-bit digit per element, high nibble
/// first) along which a base-16 trie is walked.
enum Nibbles {
    /// The nibbles of `bytes`, high nibble of each byte first.
    static func of(_ bytes: [UInt8]) -> [UInt8] {
        var nibbles: [UInt8] = []
        nibbles.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            nibbles.append(byte >> 4)
            nibbles.append(byte & 0x0F)
        }
        return nibbles
    }

    /// The bytes spelled by an even-length nibble path.
    static func bytes(_ nibbles: [UInt8]) -> [UInt8] {
        precondition(nibbles.count.isMultiple(of: 2), "a byte key has an even number of nibbles")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(nibbles.count / 2)
        var index = 0
        while index < nibbles.count {
            bytes.append(nibbles[index] << 4 | nibbles[index + 1])
            index += 2
        }
        return bytes
    }

    /// How many leading nibbles `first` and `second` share.
    static func commonPrefixLength(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> Int {
        var length = 0
        var firstIndex = first.startIndex
        var secondIndex = second.startIndex
        while firstIndex < first.endIndex, secondIndex < second.endIndex, first[firstIndex] == second[secondIndex] {
            length += 1
            firstIndex += 1
            secondIndex += 1
        }
        return length
    }

    /// Whether `path` begins with `prefix`.
    static func hasPrefix(_ path: ArraySlice<UInt8>, _ prefix: ArraySlice<UInt8>) -> Bool {
        prefix.count <= path.count && commonPrefixLength(path, prefix) == prefix.count
    }
}
