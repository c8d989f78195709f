import PhalaCrypto
import SCALE

extension UncheckedExtrinsic {
    /// The transaction hash: `blake2_256` of the whole encoding, length prefix included.
    ///
    /// Receipts, the transaction pool and polkadot.js all find an extrinsic by this hash.
    public var hash: H256 {
        H256(FixedBytes(uncheckedBytes: Hashing.blake2_256(scaleEncoded())))
    }
}
