/// What a runtime signature is over, so a signature made for one purpose is never valid for another
/// (Phala's `SignedContentType`, crates/phala-types/src/lib.rs; phala-facts §0.4).
public enum SigningDomain: UInt8, Sendable, CaseIterable {
    /// A message-queue message; signed unwrapped for compatibility with Phala.
    case messageQueueMessage = 0
    /// A response to an RPC request.
    case rpcResponse = 1
    /// A worker's published endpoint information.
    case endpointInfo = 2
    /// A gatekeeper's batch of encrypted new master keys.
    case masterKeyRotation = 3
    /// The sealed master key history.
    case masterKeyStore = 4
    /// A request for a cluster's state.
    case clusterStateRequest = 5
    /// A block of the event chain.
    case eventChainBlock = 6

    /// The bytes to sign for `data` in this domain: `data` itself for message-queue messages, otherwise
    /// `0xFF ‖ domain byte ‖ data`. The `0xFF` cannot start an MQ message: it is the SCALE index of
    /// `MessageOrigin::Reserved`.
    /// - Parameter data: the content's encoding.
    /// - Returns: the bytes the sr25519 signature covers.
    public func wrap(_ data: [UInt8]) -> [UInt8] {
        self == .messageQueueMessage ? data : [0xFF, rawValue] + data
    }
}
