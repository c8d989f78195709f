import PhalaCrypto
import SCALE

extension Header {
    /// The block hash: `blake2_256` of the header's SCALE encoding.
    ///
    /// Computed on every access (one encode and one hash); callers that need it repeatedly should keep it.
    public var hash: H256 {
        H256(FixedBytes(uncheckedBytes: Hashing.blake2_256(scaleEncoded())))
    }
}
