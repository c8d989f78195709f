public import PhalaCrypto
public import SCALE

/// A contract query with its origin's sr25519 signature, so the enclave can let the contract see the
/// origin as a real caller.
///
/// The signature covers `query.signingMessage` (`"phala-contract-query:" ‖ SCALE(query)`) under
/// Substrate's signing context `"substrate"`.
///
/// SCALE: `query ContractQuery ‖ signature [u8; 64]`.
public struct SignedContractQuery: Sendable, Hashable {
    /// The query.
    public var query: ContractQuery
    /// The sr25519 signature by `query.origin` over `query.signingMessage`.
    public var signature: FixedBytes<64>

    /// Wraps a query and a signature made elsewhere (a wallet, a hardware signer).
    /// - Parameters:
    ///   - query: the query.
    ///   - signature: the 64-byte sr25519 signature over `query.signingMessage`.
    public init(query: ContractQuery, signature: FixedBytes<64>) {
        self.query = query
        self.signature = signature
    }

    /// Signs a query with its origin's key pair.
    /// - Parameters:
    ///   - query: the query; its `origin` must be `signer.publicKey`'s account.
    ///   - signer: the origin's sr25519 key pair.
    /// - Throws: `ContractQueryError.signerIsNotOrigin` when the key pair is another account's.
    public init(signing query: ContractQuery, with signer: Sr25519.KeyPair) throws(ContractQueryError) {
        guard signer.publicKey.bytes == query.origin.bytes else {
            throw .signerIsNotOrigin(origin: query.origin)
        }
        self.init(query: query, signature: FixedBytes(uncheckedBytes: signer.sign(query.signingMessage).bytes))
    }

    /// Makes and signs a query from the signer's account, with a fresh nonce.
    /// - Parameters:
    ///   - contract: the contract to query.
    ///   - payload: the selector followed by the SCALE arguments.
    ///   - notAfterMillis: the expiry in unix milliseconds.
    ///   - signer: the asking account's sr25519 key pair; its account becomes the origin.
    public init(contract: AccountId32, payload: [UInt8], notAfterMillis: UInt64, signedBy signer: Sr25519.KeyPair) {
        let query = ContractQuery(
            contract: contract,
            payload: payload,
            origin: AccountId32(FixedBytes(uncheckedBytes: signer.publicKey.bytes)),
            notAfterMillis: notAfterMillis
        )
        let signature = signer.sign(query.signingMessage).bytes
        self.init(query: query, signature: FixedBytes(uncheckedBytes: signature))
    }

    /// Checks that `query.origin` signed the query.
    /// - Throws: `ContractQueryError.originIsNotSr25519Key` when the origin's 32 bytes are not an
    ///   sr25519 public key, `.badSignature` when the signature does not verify.
    public func verifySignature() throws(ContractQueryError) {
        let key: Sr25519.PublicKey
        do {
            key = try Sr25519.PublicKey(bytes: query.origin.bytes)
        } catch {
            throw .originIsNotSr25519Key(origin: query.origin)
        }
        let signature: Sr25519.Signature
        do {
            signature = try Sr25519.Signature(bytes: self.signature.bytes)
        } catch {
            preconditionFailure("FixedBytes<64> was rejected as a 64-byte signature")
        }
        guard key.verify(signature, for: query.signingMessage) else { throw .badSignature(origin: query.origin) }
    }
}

extension SignedContractQuery: ScaleCodable {
    /// Appends `query ‖ signature`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: query, signature)
    }

    /// Reads `query ‖ signature`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        query = try decoder.decode()
        signature = try decoder.decode()
    }
}
