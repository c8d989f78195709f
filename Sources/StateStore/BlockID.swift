public import PhalaPrimitives

/// Names a block by height and hash, as the best and finalized heads are reported
/// (`chain_getHeader`, `chain_getFinalizedHead`).
public struct BlockID: Sendable, Hashable, CustomStringConvertible {
    /// The block's height.
    public var number: BlockNumber
    /// The block's hash.
    public var hash: H256

    /// Pairs a height with a hash.
    public init(number: BlockNumber, hash: H256) {
        self.number = number
        self.hash = hash
    }

    /// `#number (0xhash)`, for logs and error messages.
    public var description: String { "#\(number) (\(hash))" }
}
