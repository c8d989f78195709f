public import PhalaPrimitives
public import SCALE

/// Which rule a contract query broke, so the host can answer the client with the right status.
public enum ContractQueryRejection: UInt8, Sendable, Hashable, CaseIterable, ScaleByteEnum {
    /// It does not decrypt with the worker's key: altered, or encrypted to another worker.
    case undecryptable = 0
    /// It decrypted but is not a signed contract query.
    case malformed = 1
    /// Its signature does not verify under its origin.
    case badSignature = 2
    /// Its expiry has passed.
    case expired = 3
    /// Its expiry is further away than the worker accepts.
    case expiresTooLate = 4
    /// The same origin and nonce were already answered.
    case replayed = 5
    /// The worker remembers as many live queries as it can; retry later.
    case overloaded = 6
}

extension EnclaveError {
    /// The refusal of a query that `ContractQueryCipher.open` could not accept.
    /// - Parameter error: why opening failed.
    /// - Returns: `.contractQueryRejected` with the matching kind and the error's description.
    public static func contractQueryRejected(_ error: ContractQueryError) -> EnclaveError {
        let kind: ContractQueryRejection =
            switch error {
            case .invalidEphemeralKey, .undecryptableQuery: .undecryptable
            case .originIsNotSr25519Key, .badSignature: .badSignature
            // The remaining cases come from the client's side (signing, sealing, opening the answer), never
            // from `open`; they are still a query the enclave cannot use.
            case .malformedQuery, .signerIsNotOrigin, .invalidWorkerKey, .undecryptableResponse: .malformed
            }
        return .contractQueryRejected(kind, detail: error.description)
    }
}
