/// The 32-byte identity of an account: for sr25519 and ed25519 keys, the public key itself.
///
/// Users see it as an SS58 address (see `ss58(prefix:)`); RPC, logs and debugging see `0x`-hex
/// (`description`). SCALE writes the 32 bytes with no prefix.
public struct AccountId32: FixedBytesWrapper {
    /// The 32 bytes, in wire order.
    public let raw: FixedBytes<32>

    /// Wraps a 32-byte value.
    public init(_ raw: FixedBytes<32>) {
        self.raw = raw
    }
}
