/// A bounds-checked cursor over quote bytes: every read either returns the requested bytes or throws
/// `.truncatedQuote`, so malformed quotes never trap.
struct QuoteReader {
    /// The whole quote.
    let bytes: [UInt8]
    /// Where the next read starts.
    private(set) var offset: Int

    /// Starts reading `bytes` at offset 0.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.offset = 0
    }

    /// How many bytes are left after `offset`.
    var remaining: Int { bytes.count - offset }

    /// Reads `count` bytes for `field`.
    /// - Throws: `.truncatedQuote` when fewer than `count` bytes are left.
    mutating func read(_ count: Int, field: String) throws(DcapVerificationError) -> [UInt8] {
        guard count >= 0, count <= remaining else {
            throw .truncatedQuote(field: field, offset: offset, needed: count, available: remaining)
        }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// Reads a little-endian `UInt16` for `field`.
    mutating func readUInt16(field: String) throws(DcapVerificationError) -> UInt16 {
        let raw = try read(2, field: field)
        return UInt16(raw[0]) | UInt16(raw[1]) << 8
    }

    /// Reads a little-endian `UInt32` for `field`.
    mutating func readUInt32(field: String) throws(DcapVerificationError) -> UInt32 {
        let raw = try read(4, field: field)
        return raw.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }
}
