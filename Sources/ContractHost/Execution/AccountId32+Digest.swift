import PhalaPrimitives

extension FixedBytesWrapper {
    /// Wraps a 32-byte digest or a value the host itself produced with 32 bytes.
    init(digest: [UInt8]) {
        guard let raw = try? FixedBytes<32>(digest) else { preconditionFailure("a 32-byte value was expected") }
        self.init(raw)
    }
}
