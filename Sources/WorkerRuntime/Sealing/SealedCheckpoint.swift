public import PhalaCrypto
import SCALE

/// A snapshot of worker state at a block, sealed so that only the same worker can resume from it.
///
/// The plaintext is SCALE: format version (u8, 1) ‖ block number (u32) ‖ worker identity public key
/// (32 bytes) ‖ payload (`Vec<u8>`, the state's own SCALE encoding, opaque here). It is sealed with
/// associated data `"phala-checkpoint"`. Unsealing checks the identity, so a checkpoint copied from
/// another worker's directory is refused even when the sealing key is shared.
public struct SealedCheckpoint: Sendable, Equatable {
    /// The format version written and read.
    public static let formatVersion: UInt8 = 1
    /// Associated data binding sealed bytes to their purpose.
    static let associatedData = Array("phala-checkpoint".utf8)

    /// The last block whose effects the payload includes.
    public let blockNumber: UInt32
    /// The worker that wrote the checkpoint.
    public let identity: Sr25519.PublicKey
    /// The state, SCALE-encoded by its owner.
    public let payload: [UInt8]

    /// Bundles a checkpoint.
    /// - Parameters:
    ///   - blockNumber: the last block included.
    ///   - identity: the writing worker's identity key.
    ///   - payload: the encoded state.
    public init(blockNumber: UInt32, identity: Sr25519.PublicKey, payload: [UInt8]) {
        self.blockNumber = blockNumber
        self.identity = identity
        self.payload = payload
    }

    /// Seals the checkpoint.
    /// - Parameter provider: the worker's sealing provider.
    /// - Returns: the bytes to write to disk.
    public func sealed(with provider: some SealingProvider) -> [UInt8] {
        var encoder = ScaleEncoder()
        encoder.encode(tuple: Self.formatVersion, blockNumber)
        encoder.append(identity.bytes)
        encoder.encode(payload)
        return provider.seal(encoder.bytes, associatedData: Self.associatedData)
    }

    /// Unseals a checkpoint written by `expectedIdentity`.
    /// - Parameters:
    ///   - sealed: bytes from `sealed(with:)`.
    ///   - provider: the worker's sealing provider.
    ///   - expectedIdentity: this worker's identity key.
    /// - Throws: the provider's `SealingError`s, `.malformedContent` for an unknown format or bad
    ///   encoding, `.identityMismatch` for another worker's checkpoint.
    public init(
        unsealing sealed: [UInt8],
        with provider: some SealingProvider,
        expectedIdentity: Sr25519.PublicKey
    ) throws(SealingError) {
        let plaintext = try provider.unseal(sealed, associatedData: Self.associatedData)
        var decoder = ScaleDecoder(plaintext)
        do {
            let version: UInt8 = try decoder.decode()
            guard version == Self.formatVersion else {
                throw SealingError.malformedContent("format version \(version), expected \(Self.formatVersion)")
            }
            blockNumber = try decoder.decode()
            identity = try decoder.decodeSr25519PublicKey()
            payload = try decoder.decode()
            try decoder.finish()
        } catch let error as SealingError {
            throw error
        } catch {
            throw .malformedContent("\(error)")
        }
        guard identity == expectedIdentity else { throw .identityMismatch }
    }
}
