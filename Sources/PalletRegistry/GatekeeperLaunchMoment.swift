public import PhalaPrimitives
public import RuntimeSupport
public import SCALE

/// When the gatekeepers launched: the block and Unix time at which the master public key first reached
/// the chain (Phala's `GatekeeperLaunchedAt` tuple). Workers registered after `block` count as
/// registered after launch (phala-facts.md §2.2). SCALE: `(BlockNumber u32, u64 seconds)`.
public struct GatekeeperLaunchMoment: Sendable, Hashable {
    /// The block that stored the master public key.
    public var block: BlockNumber
    /// That block's time, in Unix seconds.
    public var unixSeconds: UInt64

    /// Creates the moment.
    /// - Parameters:
    ///   - block: the block number.
    ///   - unixSeconds: the block's time in seconds.
    public init(block: BlockNumber, unixSeconds: UInt64) {
        self.block = block
        self.unixSeconds = unixSeconds
    }
}

extension GatekeeperLaunchMoment: ScaleCodable {
    /// Appends the tuple `(block, unixSeconds)`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: block, unixSeconds)
    }

    /// Reads the tuple `(block, unixSeconds)`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        block = try decoder.decode()
        unixSeconds = try decoder.decode()
    }
}

extension GatekeeperLaunchMoment: TypeInfo {
    /// The Rust tuple `(BlockNumber, u64)`.
    public static var typeInfo: TypeDescription<TypeReference> {
        TypeDescription(definition: .tuple([.of(BlockNumber.self), .of(UInt64.self)]))
    }
}
