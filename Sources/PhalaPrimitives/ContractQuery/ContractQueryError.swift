/// Why a contract query could not be signed, sealed, opened or answered.
///
/// Opening cannot tell a query that was altered from one sealed to another worker's key: AES-GCM
/// fails the same way for both, so both are `.undecryptableQuery`.
public enum ContractQueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The key pair asked to sign a query is not the query's origin.
    case signerIsNotOrigin(origin: AccountId32)
    /// The worker public key is the identity point, so the shared secret would be public.
    case invalidWorkerKey
    /// The query's ephemeral public key is not an sr25519 key, or is the identity point.
    case invalidEphemeralKey
    /// The query failed authentication: it was altered, or sealed to another worker's key.
    case undecryptableQuery
    /// The query decrypted but its plaintext is not a SCALE `SignedContractQuery`.
    case malformedQuery(reason: String)
    /// The query's origin is not an sr25519 public key, so it cannot have signed.
    case originIsNotSr25519Key(origin: AccountId32)
    /// The signature does not verify under the origin's key.
    case badSignature(origin: AccountId32)
    /// The response failed authentication: it was altered, or it answers another query.
    case undecryptableResponse

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .signerIsNotOrigin(let origin):
            "the signing key is not the query's origin \(origin): "
                + "sign with the origin's key, or set the origin to the signer's account"
        case .invalidWorkerKey:
            "the worker public key is the identity point, which no worker has: check the key from the worker's /info"
        case .invalidEphemeralKey:
            "the query's ephemeral public key is not a usable sr25519 key: the query is corrupt or forged"
        case .undecryptableQuery:
            "the query could not be decrypted: it was altered in transit, or encrypted to another worker's key "
                + "(take the public key from this worker's /info)"
        case .malformedQuery(let reason):
            "the decrypted query is not a signed contract query: \(reason); check that client and worker versions match"
        case .originIsNotSr25519Key(let origin):
            "the query's origin \(origin) is not an sr25519 public key: sign queries with an sr25519 account"
        case .badSignature(let origin):
            "the query's signature does not verify under its origin \(origin): sign the query with the origin's key"
        case .undecryptableResponse:
            "the response could not be decrypted: it was altered in transit, or it answers another query"
        }
    }
}
