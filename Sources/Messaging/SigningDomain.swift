/// What a signature is for, so a signature made for one purpose cannot be replayed as another
/// (Phala's `SignedContentType`, phala-facts.md §0.4).
///
/// `mqMessage` signs its bytes unwrapped; every other domain signs 0xFF ‖ domain ‖ data, and 0xFF
/// is `MessageOrigin.reserved`'s index, which no signed message starts with.
public enum SigningDomain: UInt8, Sendable, Hashable, CaseIterable {
    /// Message-queue messages (signed unwrapped).
    case mqMessage = 0
    /// Responses to RPC requests.
    case rpcResponse = 1
    /// A worker's endpoint information.
    case endpointInfo = 2
    /// Master key rotation.
    case masterKeyRotation = 3
    /// The sealed master key store.
    case masterKeyStore = 4
    /// Cluster state requests.
    case clusterStateRequest = 5
    /// Event chain blocks.
    case eventChainBlock = 6

    /// The bytes to sign for `data` in this domain (`wrap_content_to_sign`).
    /// - Parameter data: the content.
    /// - Returns: `data` for `mqMessage`, 0xFF ‖ raw value ‖ `data` otherwise.
    public func wrap(_ data: [UInt8]) -> [UInt8] {
        self == .mqMessage ? data : [0xFF, rawValue] + data
    }
}
