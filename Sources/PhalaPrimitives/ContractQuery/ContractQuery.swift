public import SCALE

/// A read-only call of a Phat Contract, as its caller composed it: which contract, what to ask, who
/// asks, and until when the question may be answered.
///
/// The caller signs it (`SignedContractQuery`) so the contract sees a real caller, and encrypts it to
/// one worker (`ContractQueryCipher`) so the worker's untrusted host learns nothing of it. The nonce and
/// the expiry let the enclave refuse a replayed query: it remembers `(origin, nonce)` until
/// `notAfterMillis`, and refuses any query past that time.
///
/// SCALE: `contract [u8; 32] ‖ payload Vec<u8> ‖ origin [u8; 32] ‖ nonce [u8; 32] ‖ not_after_millis u64`.
public struct ContractQuery: Sendable, Hashable {
    /// The contract to query.
    public var contract: AccountId32
    /// The message to the contract: its 4-byte selector followed by the SCALE arguments.
    public var payload: [UInt8]
    /// The account asking, whose sr25519 key signs the query; the contract sees it as its caller.
    public var origin: AccountId32
    /// Random bytes that make this query unique for its origin, so a repeat is recognised as a replay.
    public var nonce: FixedBytes<32>
    /// The last moment, in unix milliseconds, at which a worker may answer the query.
    public var notAfterMillis: UInt64

    /// Creates a query.
    /// - Parameters:
    ///   - contract: the contract to query.
    ///   - payload: the selector followed by the SCALE arguments.
    ///   - origin: the asking account; it must be the sr25519 key that signs the query.
    ///   - nonce: unique random bytes; fresh ones from the system's secure generator by default.
    ///   - notAfterMillis: the expiry in unix milliseconds.
    public init(
        contract: AccountId32,
        payload: [UInt8],
        origin: AccountId32,
        nonce: FixedBytes<32> = ContractQuery.freshNonce(),
        notAfterMillis: UInt64
    ) {
        self.contract = contract
        self.payload = payload
        self.origin = origin
        self.nonce = nonce
        self.notAfterMillis = notAfterMillis
    }

    /// Makes 32 fresh nonce bytes with the system's cryptographically secure generator.
    /// - Returns: the nonce.
    public static func freshNonce() -> FixedBytes<32> {
        FixedBytes(uncheckedBytes: SecureRandom.bytes(count: 32))
    }

    /// The bytes the origin signs: `"phala-contract-query:" ‖ SCALE(query)`.
    ///
    /// The prefix keeps a query signature from ever being valid as an extrinsic or any other signed
    /// message, and such signatures from being valid as a query.
    public var signingMessage: [UInt8] { Self.signingPrefix + scaleEncoded() }

    /// The domain-separation prefix of `signingMessage`.
    public static let signingPrefix = Array("phala-contract-query:".utf8)
}

extension ContractQuery: ScaleCodable {
    /// Appends `contract ‖ payload ‖ origin ‖ nonce ‖ not_after_millis`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: contract, payload, origin, nonce, notAfterMillis)
    }

    /// Reads `contract ‖ payload ‖ origin ‖ nonce ‖ not_after_millis`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        contract = try decoder.decode()
        payload = try decoder.decode()
        origin = try decoder.decode()
        nonce = try decoder.decode()
        notAfterMillis = try decoder.decode()
    }
}
