import PhalaCrypto

/// The keys one contract query agreed, for sealing its answer in the enclave and opening it on the
/// client.
///
/// Both sides get it from `ContractQueryCipher`: the client from `seal`, the worker from `open`. It
/// holds secret key material; it never prints it.
public struct ContractQuerySession: Sendable, CustomStringConvertible {
    /// The session's keys.
    let keys: SessionKeys

    /// Wraps agreed keys.
    init(keys: SessionKeys) {
        self.keys = keys
    }

    /// Encrypts the answer to the query, with a fresh IV.
    /// - Parameter response: the answer's bytes.
    /// - Returns: the encrypted answer, which only this session's other side can open.
    public func sealResponse(_ response: [UInt8]) -> EncryptedContractResponse {
        sealResponse(response, iv: SecureRandom.bytes(count: AES256GCM.nonceByteCount))
    }

    /// `sealResponse` with the IV chosen by the caller, so tests can pin the bytes.
    func sealResponse(_ response: [UInt8], iv: [UInt8]) -> EncryptedContractResponse {
        EncryptedContractResponse(
            iv: FixedBytes(uncheckedBytes: iv),
            ciphertext: keys.seal(response, key: keys.responseKey, iv: iv)
        )
    }

    /// Decrypts the worker's answer.
    /// - Parameter response: the encrypted answer as received.
    /// - Returns: the answer's bytes.
    /// - Throws: `ContractQueryError.undecryptableResponse` when it was altered or answers another query.
    public func openResponse(_ response: EncryptedContractResponse) throws(ContractQueryError) -> [UInt8] {
        guard let plaintext = keys.open(response.ciphertext, key: keys.responseKey, iv: response.iv.bytes) else {
            throw .undecryptableResponse
        }
        return plaintext
    }

    /// Names the type without its keys.
    public var description: String { "ContractQuerySession(keys redacted)" }
}

/// The two directional AES-256-GCM keys of one query and the associated data both directions
/// authenticate (see `ContractQueryCipher` for the schedule).
struct SessionKeys: Sendable {
    /// Encrypts the request.
    let queryKey: [UInt8]
    /// Encrypts the response.
    let responseKey: [UInt8]
    /// The ephemeral public key, authenticated by every message of the session.
    let associatedData: [UInt8]

    /// Derives the keys, or nil when the shared secret is the identity point (all zeros).
    init?(shared: [UInt8], ephemeral: Sr25519.PublicKey, worker: Sr25519.PublicKey) {
        guard shared.contains(where: { $0 != 0 }) else { return nil }
        let parties = ephemeral.bytes + worker.bytes
        queryKey = HKDFSHA256.deriveKey(
            inputKeyMaterial: shared,
            salt: ContractQueryCipher.label,
            info: Array("query".utf8) + parties,
            outputByteCount: AES256GCM.keyByteCount
        )
        responseKey = HKDFSHA256.deriveKey(
            inputKeyMaterial: shared,
            salt: ContractQueryCipher.label,
            info: Array("response".utf8) + parties,
            outputByteCount: AES256GCM.keyByteCount
        )
        associatedData = ephemeral.bytes
    }

    /// AES-256-GCM with a key of this session; keys and IVs have the right lengths by construction.
    func seal(_ plaintext: [UInt8], key: [UInt8], iv: [UInt8]) -> [UInt8] {
        do {
            return try AES256GCM.seal(plaintext, key: key, nonce: iv, associatedData: associatedData)
        } catch {
            preconditionFailure("a 32-byte key and 12-byte IV were refused: \(error)")
        }
    }

    /// Opens with a key of this session; nil when authentication fails.
    func open(_ sealed: [UInt8], key: [UInt8], iv: [UInt8]) -> [UInt8]? {
        try? AES256GCM.open(sealed, key: key, nonce: iv, associatedData: associatedData)
    }
}
