public import PhalaCrypto
import SCALE

/// Encrypts signed contract queries to a worker and opens them inside its enclave: ECIES over sr25519
/// key agreement, HKDF-SHA256 and AES-256-GCM.
///
/// Each query uses a fresh ephemeral sr25519 key, so a client needs only the worker's public key (its
/// `/info` identity key) and two queries of the same call look unrelated. Key schedule (version 1):
///
/// - `shared = ristretto255(e · W)`, the 32-byte compressed point of the ephemeral secret scalar `e`
///   times the worker's public point `W` (`Sr25519.KeyPair.sharedSecret(with:)`, Phala's
///   `EcdhKey::agree`); refused when it is the identity (all zero bytes);
/// - `key(direction) = HKDF-SHA256(ikm: shared, salt: "phala-contract-query-v1",
///   info: direction ‖ ephemeral public ‖ worker public, 32 bytes)` with `direction` `"query"` for the
///   request and `"response"` for the answer, so neither can be passed off as the other;
/// - the request is `AES-256-GCM(key("query"), iv, SCALE(SignedContractQuery), aad: ephemeral public)`;
///   each response is `AES-256-GCM(key("response"), fresh iv, bytes, aad: ephemeral public)`.
///
/// A new layout gets a new label.
public enum ContractQueryCipher {
    /// HKDF salt naming the layout version.
    static let label = Array("phala-contract-query-v1".utf8)

    /// Encrypts a signed query so that only the holder of `workerKey`'s secret can read it.
    /// - Parameters:
    ///   - signed: the signed query.
    ///   - workerKey: the worker's sr25519 identity public key.
    /// - Returns: the encrypted query to send, and the session that opens the worker's answer.
    /// - Throws: `ContractQueryError.invalidWorkerKey` when `workerKey` is the identity point.
    public static func seal(
        _ signed: SignedContractQuery,
        to workerKey: Sr25519.PublicKey
    ) throws(ContractQueryError) -> (EncryptedContractQuery, ContractQuerySession) {
        try seal(
            signed,
            to: workerKey,
            ephemeralMiniSecret: SecureRandom.bytes(count: 32),
            iv: SecureRandom.bytes(count: AES256GCM.nonceByteCount)
        )
    }

    /// `seal` with the ephemeral secret and IV chosen by the caller, so tests can pin the bytes.
    /// Reusing either across queries breaks confidentiality.
    static func seal(
        _ signed: SignedContractQuery,
        to workerKey: Sr25519.PublicKey,
        ephemeralMiniSecret: [UInt8],
        iv: [UInt8]
    ) throws(ContractQueryError) -> (EncryptedContractQuery, ContractQuerySession) {
        let ephemeral: Sr25519.KeyPair
        do {
            ephemeral = try Sr25519.KeyPair(miniSecret: ephemeralMiniSecret)
        } catch {
            preconditionFailure("the ephemeral mini secret is 32 bytes by construction: \(error)")
        }
        guard
            let keys = SessionKeys(
                shared: ephemeral.sharedSecret(with: workerKey),
                ephemeral: ephemeral.publicKey,
                worker: workerKey
            )
        else { throw .invalidWorkerKey }
        let ciphertext = keys.seal(signed.scaleEncoded(), key: keys.queryKey, iv: iv)
        let request = EncryptedContractQuery(
            ephemeralPublicKey: FixedBytes(uncheckedBytes: ephemeral.publicKey.bytes),
            iv: FixedBytes(uncheckedBytes: iv),
            ciphertext: ciphertext
        )
        return (request, ContractQuerySession(keys: keys))
    }

    /// Decrypts a query sent to this worker and checks its origin's signature.
    /// - Parameters:
    ///   - request: the encrypted query as received.
    ///   - workerKey: the worker's sr25519 identity key pair.
    /// - Returns: the signed query, its signature verified, and the session that seals the answer.
    /// - Throws: `ContractQueryError.invalidEphemeralKey` for an unusable ephemeral key,
    ///   `.undecryptableQuery` when the query was altered or sealed to another key, `.malformedQuery` when
    ///   the plaintext does not decode, `.originIsNotSr25519Key` or `.badSignature` when the signature does
    ///   not verify.
    public static func open(
        _ request: EncryptedContractQuery,
        with workerKey: Sr25519.KeyPair
    ) throws(ContractQueryError) -> (SignedContractQuery, ContractQuerySession) {
        let ephemeral: Sr25519.PublicKey
        do {
            ephemeral = try Sr25519.PublicKey(bytes: request.ephemeralPublicKey.bytes)
        } catch {
            throw .invalidEphemeralKey
        }
        guard
            let keys = SessionKeys(
                shared: workerKey.sharedSecret(with: ephemeral),
                ephemeral: ephemeral,
                worker: workerKey.publicKey
            )
        else { throw .invalidEphemeralKey }
        guard let plaintext = keys.open(request.ciphertext, key: keys.queryKey, iv: request.iv.bytes) else {
            throw .undecryptableQuery
        }
        let signed: SignedContractQuery
        do {
            signed = try SignedContractQuery(scaleDecoding: plaintext)
        } catch {
            throw .malformedQuery(reason: error.description)
        }
        try signed.verifySignature()
        return (signed, ContractQuerySession(keys: keys))
    }
}
