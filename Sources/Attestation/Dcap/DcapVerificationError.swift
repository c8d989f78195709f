/// Why a DCAP quote was not accepted: one case per failing step of dcap.md §2. Where dcap-qvl has an
/// error for the same condition, `description` quotes its message.
public enum DcapVerificationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which certificate chain (or the trust store itself) a certificate error belongs to.
    public enum ChainRole: String, Sendable, Hashable {
        /// Step 0: the pinned root and the two CRLs of the collateral.
        case trustStore
        /// Step 2: the chain that signed the TCB info.
        case tcbInfo
        /// Step 3: the chain that signed the QE identity.
        case qeIdentity
        /// Step 4: the PCK chain of the platform that made the quote.
        case pck
    }

    // MARK: Quote structure (step 1)
    /// The quote ends inside `field`: `needed` bytes at `offset`, only `available` left.
    case truncatedQuote(field: String, offset: Int, needed: Int, available: Int)
    /// The quote version is not 3, 4 or 5.
    case unsupportedQuoteVersion(UInt16)
    /// The TEE type is neither SGX (0) nor TDX (0x81).
    case unsupportedTeeType(UInt32)
    /// A v5 body descriptor names a body type other than 1, 2 or 3.
    case unsupportedBodyType(UInt16)
    /// A v5 body descriptor's size does not match its type.
    case bodySizeMismatch(bodyType: UInt16, size: UInt32)
    /// The quote's certification data is not type 5 (the PEM PCK chain), the only one verified.
    case unsupportedCertificationDataType(UInt16)
    /// The QE vendor ID is not Intel's.
    case unknownQeVendor
    /// An SGX quote that is not v3, or a TDX quote that is not v4/v5.
    case teeTypeVersionMismatch(teeType: UInt32, version: UInt16)
    /// The attestation key type is not 2 (ECDSA P-256).
    case unsupportedAttestationKeyType(UInt16)

    // MARK: Collateral (steps 0, 2, 3)
    /// A collateral field (JSON, hex, TCB info or QE identity member) cannot be read.
    case malformedCollateral(field: String, reason: String)
    /// A certificate or CRL check failed in the given chain.
    case certificate(chain: ChainRole, DcapCertificateError)
    /// `now` is before the TCB info's issueDate.
    case tcbInfoNotYetValid(issueDate: UInt64)
    /// `now` is after the TCB info's nextUpdate.
    case tcbInfoExpired(nextUpdate: UInt64)
    /// `now` is before the QE identity's issueDate.
    case qeIdentityNotYetValid(issueDate: UInt64)
    /// `now` is after the QE identity's nextUpdate.
    case qeIdentityExpired(nextUpdate: UInt64)
    /// The TCB info signature does not verify with the TCB signing key over the exact text.
    case invalidTcbInfoSignature
    /// The QE identity signature does not verify with the TCB signing key over the exact text.
    case invalidQeIdentitySignature
    /// The QE identity is for another TEE (`QE` v2 for SGX, `TD_QE` v2/v3 for TDX).
    case unsupportedQeIdentity(id: String, version: Int)

    // MARK: Quoting enclave (steps 5-8)
    /// The QE report signature does not verify with the PCK leaf key.
    case invalidQeReportSignature
    /// The QE auth data is not 32 bytes long.
    case invalidQeAuthDataLength(Int)
    /// SHA-256(attestation key ‖ QE auth data) is not the QE report's REPORTDATA[0..<32].
    case qeReportHashMismatch
    /// The QE report does not match the QE identity (`field`: mrsigner, isvprodid, miscselect,
    /// attributes or debug).
    case qeIdentityMismatch(field: String)
    /// The QE's ISVSVN is below every TCB level of the QE identity.
    case qeSvnBelowMinimum(isvSvn: UInt16)
    /// The quote signature does not verify with the attestation key over the signed region.
    case invalidQuoteSignature

    // MARK: Platform TCB (steps 9-11)
    /// The TCB info is for another platform than the PCK certificate's FMSPC.
    case fmspcMismatch
    /// The TCB info is for another TEE (`SGX` v2+ for SGX, `TDX` v3+ for TDX).
    case unsupportedTcbInfo(id: String, version: Int)
    /// A TCB level reached while matching does not have 16 SGX (or TDX) components.
    case malformedTcbLevel(reason: String)
    /// No TCB level of the TCB info is at or below the platform's TCB.
    case noMatchingTcbLevel
    /// A TDX quote's TCB info has no `tdxModule`.
    case missingTdxModule
    /// The TCB info has no module identity `TDX_<version>` for the quote's TDX module.
    case unknownTdxModuleIdentity(String)
    /// The TDX module's signer or attributes do not match the TCB info (`field` says which).
    case tdxModuleMismatch(field: String)
    /// The TDX module's ISVSVN is below every level of its module identity.
    case tdxModuleSvnBelowMinimum(isvSvn: UInt8)
    /// The combined TCB status is `Revoked`.
    case tcbRevoked

    // MARK: Report policy (step 12)
    /// The enclave or trust domain runs in debug mode and the options do not allow it.
    case debugNotAllowed
    /// TDATTRIBUTES has a bit set (or SEPT_VE_DISABLE clear) that dcap.md §2 step 12 refuses.
    case invalidTDAttributes(reason: String)
    /// A TD report 1.5 names a service TD and the options do not allow it.
    case serviceTDNotAllowed
}
