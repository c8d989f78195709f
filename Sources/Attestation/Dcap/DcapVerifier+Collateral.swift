import Crypto
import X509

extension DcapVerifier {
    /// Step 0: the pinned root, the two CRLs decoded from their hex text, and the root's own
    /// revocation check. `memo` is the current verification's.
    static func checkedTrustStore(
        _ collateral: DcapCollateral, now: UInt64, memo: inout DcapVerificationMemo
    ) throws(DcapVerificationError) -> DcapTrustStore {
        let rootCrl = try revocationList(collateral.rootCaCrl, field: "root_ca_crl")
        let pckCrl = try revocationList(collateral.pckCrl, field: "pck_crl")
        do {
            let store = DcapTrustStore(
                root: try IntelRootCA.certificate(), parsedFrom: IntelRootCA.derBytes, rootCaCrl: rootCrl, pckCrl: pckCrl
            )
            try store.checkRoot(now: now, memo: &memo)
            return store
        } catch {
            throw .certificate(chain: .trustStore, error)
        }
    }

    /// Decodes a CRL carried as hex text of its DER.
    private static func revocationList(_ hexText: [UInt8], field: String) throws(DcapVerificationError) -> CertificateRevocationList {
        guard let der = HexText.decode(hexText) else {
            throw .malformedCollateral(field: field, reason: "expected hex text of a DER CRL")
        }
        do {
            return try CertificateRevocationList(derEncoded: der)
        } catch {
            throw .certificate(chain: .trustStore, error)
        }
    }

    /// Step 2: the TCB info is inside its validity window, its issuer chain verifies to the root, and
    /// its signature covers the exact text.
    static func verifiedTcbInfo(
        _ collateral: DcapCollateral, trustStore: DcapTrustStore, now: UInt64, memo: inout DcapVerificationMemo
    ) throws(DcapVerificationError) -> TcbInfo {
        let info = try TcbInfo(json: collateral.tcbInfo)
        guard now >= info.issueDate else { throw .tcbInfoNotYetValid(issueDate: info.issueDate) }
        guard now <= info.nextUpdate else { throw .tcbInfoExpired(nextUpdate: info.nextUpdate) }
        let signer = try signingLeaf(collateral.tcbInfoIssuerChain, role: .tcbInfo, trustStore: trustStore, now: now, memo: &memo)
        guard isValid(signature: collateral.tcbInfoSignature, over: collateral.tcbInfo, by: signer, memo: memo) else {
            throw .invalidTcbInfoSignature
        }
        return info
    }

    /// Step 3: as step 2 for the QE identity, which must also be the one for the quote's TEE type
    /// (`QE` version 2 for SGX, `TD_QE` version 2 or 3 for TDX).
    static func verifiedQeIdentity(
        _ collateral: DcapCollateral, trustStore: DcapTrustStore, now: UInt64, header: QuoteHeader,
        memo: inout DcapVerificationMemo
    ) throws(DcapVerificationError) -> QeIdentity {
        let identity = try QeIdentity(json: collateral.qeIdentity)
        guard now >= identity.issueDate else { throw .qeIdentityNotYetValid(issueDate: identity.issueDate) }
        guard now <= identity.nextUpdate else { throw .qeIdentityExpired(nextUpdate: identity.nextUpdate) }
        let signer = try signingLeaf(collateral.qeIdentityIssuerChain, role: .qeIdentity, trustStore: trustStore, now: now, memo: &memo)
        guard isValid(signature: collateral.qeIdentitySignature, over: collateral.qeIdentity, by: signer, memo: memo) else {
            throw .invalidQeIdentitySignature
        }
        let supported =
            header.isTDX
            ? identity.id == "TD_QE" && (identity.version == 2 || identity.version == 3)
            : identity.id == "QE" && identity.version == 2
        guard supported else { throw .unsupportedQeIdentity(id: identity.id, version: identity.version) }
        return identity
    }

    /// The P-256 key of the verified leaf of an issuer chain.
    private static func signingLeaf(
        _ pem: [UInt8], role: DcapVerificationError.ChainRole, trustStore: DcapTrustStore, now: UInt64,
        memo: inout DcapVerificationMemo
    ) throws(DcapVerificationError) -> P256.Signing.PublicKey? {
        do {
            return P256.Signing.PublicKey(try trustStore.verifyChain(pem: pem, now: now, memo: &memo).publicKey)
        } catch {
            throw .certificate(chain: role, error)
        }
    }

    /// Whether a collateral document's raw 64-byte r‖s signature verifies with `key`, through `memo`
    /// (and so its shared cache of collateral signatures).
    private static func isValid(
        signature: [UInt8], over document: [UInt8], by key: P256.Signing.PublicKey?, memo: DcapVerificationMemo
    ) -> Bool {
        guard let key, memo.sharesSignatures else { return isValid(signature: signature, over: document, by: key) }
        let keyBytes = Array(key.x963Representation)
        if memo.hasVerified(document: document, signature: signature, key: keyBytes) { return true }
        guard isValid(signature: signature, over: document, by: key) else { return false }
        memo.recordVerified(document: document, signature: signature, key: keyBytes)
        return true
    }

    /// Whether a raw 64-byte r‖s signature over `message` verifies with `key` (SHA-256 inside).
    static func isValid(signature: [UInt8], over message: [UInt8], by key: P256.Signing.PublicKey?) -> Bool {
        guard let key, let signature = try? P256.Signing.ECDSASignature(rawRepresentation: signature) else {
            return false
        }
        return key.isValidSignature(signature, for: message)
    }
}
