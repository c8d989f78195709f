public import SCALE

/// What the pool needs to know about a valid transaction (sp-runtime's `ValidTransaction`).
///
/// The pool orders by `priority`, holds a transaction until every tag it `requires` is provided by
/// another, and drops it after `longevity` blocks. Signed transactions provide `SCALE((sender, nonce))`
/// and, when their nonce is ahead, require `SCALE((sender, nonce − 1))`.
/// SCALE: `u64 ‖ Vec<Vec<u8>> ‖ Vec<Vec<u8>> ‖ u64 ‖ bool`.
public struct ValidTransaction: Sendable, Hashable {
    /// Higher goes first.
    public var priority: UInt64
    /// Tags other transactions must provide first.
    public var requires: [[UInt8]]
    /// Tags this transaction provides.
    public var provides: [[UInt8]]
    /// How many blocks it stays valid from now.
    public var longevity: UInt64
    /// Whether to gossip it to peers.
    public var propagate: Bool

    /// Creates the validity; by default lowest priority, no tags, forever, propagated.
    public init(
        priority: UInt64 = 0,
        requires: [[UInt8]] = [],
        provides: [[UInt8]] = [],
        longevity: UInt64 = .max,
        propagate: Bool = true
    ) {
        self.priority = priority
        self.requires = requires
        self.provides = provides
        self.longevity = longevity
        self.propagate = propagate
    }

    /// Combines two extensions' validities as Substrate does: priorities add (saturating), tags
    /// concatenate, the shorter longevity wins, and both must propagate.
    /// - Parameter other: the other validity.
    /// - Returns: the combination.
    public func combined(with other: ValidTransaction) -> ValidTransaction {
        let (priority, overflow) = priority.addingReportingOverflow(other.priority)
        return ValidTransaction(
            priority: overflow ? .max : priority,
            requires: requires + other.requires,
            provides: provides + other.provides,
            longevity: min(longevity, other.longevity),
            propagate: propagate && other.propagate
        )
    }
}

extension ValidTransaction: ScaleCodable {
    /// Appends the five fields in order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: priority, requires, provides, longevity, propagate)
    }

    /// Reads the five fields.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        priority = try decoder.decode()
        requires = try decoder.decode()
        provides = try decoder.decode()
        longevity = try decoder.decode()
        propagate = try decoder.decode()
    }
}

/// Where a transaction came from, which validation may weigh (sp-runtime's `TransactionSource`).
///
/// SCALE: one byte, the raw value.
public enum TransactionSource: UInt8, Sendable, Hashable, ScaleCodable {
    /// Already in a block being re-validated (after a reorganisation).
    case inBlock = 0
    /// Submitted to this node (RPC, offchain worker).
    case local = 1
    /// Gossiped by a peer.
    case external = 2

    /// Appends the raw value.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: rawValue)
    }

    /// Reads the raw value; anything above 2 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let index = try decoder.decodeVariantIndex()
        guard let value = Self(rawValue: index) else { throw decoder.unknownVariant(index, of: Self.self) }
        self = value
    }
}
