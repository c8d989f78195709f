extension DcapVerificationError {
    /// The verification step that failed, for the CLI and logs (dcap.md §2 step names).
    public var step: String {
        switch self {
        case .truncatedQuote, .unsupportedQuoteVersion, .unsupportedTeeType, .unsupportedBodyType,
            .bodySizeMismatch:
            "quote"
        case .unknownQeVendor, .teeTypeVersionMismatch, .unsupportedAttestationKeyType: "header"
        case .malformedCollateral: "collateral"
        case .certificate(let chain, _):
            switch chain {
            case .trustStore: "trustStore"
            case .tcbInfo: "tcbInfo"
            case .qeIdentity: "qeIdentity"
            case .pck: "pckChain"
            }
        case .unsupportedCertificationDataType: "pckChain"
        case .tcbInfoNotYetValid, .tcbInfoExpired, .invalidTcbInfoSignature: "tcbInfo"
        case .qeIdentityNotYetValid, .qeIdentityExpired, .invalidQeIdentitySignature, .unsupportedQeIdentity:
            "qeIdentity"
        case .invalidQeReportSignature: "qeReport"
        case .invalidQeAuthDataLength, .qeReportHashMismatch: "attestationKey"
        case .qeIdentityMismatch, .qeSvnBelowMinimum: "qePolicy"
        case .invalidQuoteSignature: "quoteSignature"
        case .fmspcMismatch, .unsupportedTcbInfo, .malformedTcbLevel, .noMatchingTcbLevel: "platformTcb"
        case .missingTdxModule, .unknownTdxModuleIdentity, .tdxModuleMismatch, .tdxModuleSvnBelowMinimum: "tdxModule"
        case .tcbRevoked: "tcbStatus"
        case .debugNotAllowed, .invalidTDAttributes, .serviceTDNotAllowed: "reportPolicy"
        }
    }

    /// What was wrong (with dcap-qvl's message where it has one) and what to do.
    public var description: String {
        switch self {
        case .truncatedQuote(let field, let offset, let needed, let available):
            "the quote ends inside \(field): \(needed) bytes needed at offset \(offset), \(available) left; submit the complete quote"
        case .unsupportedQuoteVersion(let version):
            "Unsupported DCAP quote version \(version); only versions 3, 4 and 5 are verified"
        case .unsupportedTeeType(let type):
            "Unsupported TEE type 0x\(String(type, radix: 16)); only SGX (0) and TDX (0x81) quotes are verified"
        case .unsupportedBodyType(let type):
            "unsupported v5 body type \(type); expected 1 (SGX), 2 (TD 1.0) or 3 (TD 1.5)"
        case .bodySizeMismatch(let type, let size):
            "v5 body descriptor says type \(type) with size \(size), which is not that type's size; the quote is malformed"
        case .unsupportedCertificationDataType(let type):
            "Unsupported DCAP PCK cert format (certification data type \(type)); quotes must embed the PEM PCK chain (type 5)"
        case .unknownQeVendor: "Unknown QE vendor ID; only Intel's quoting enclave is trusted"
        case .teeTypeVersionMismatch(let type, let version):
            "Unsupported quote version \(version) for TEE type 0x\(String(type, radix: 16)): SGX quotes must be v3, TDX quotes v4 or v5"
        case .unsupportedAttestationKeyType(let type):
            "Unsupported DCAP attestation key type \(type); only ECDSA P-256 (2) is supported"
        case .malformedCollateral(let field, let reason):
            "the collateral's \(field) cannot be read (\(reason)); supply collateral exactly as fetched from a PCCS"
        case .certificate(.trustStore, let error): "\(error) (Intel root or collateral CRLs)"
        case .certificate(let chain, let error): "Failed to verify certificate chain (\(chain.rawValue)): \(error)"
        case .tcbInfoNotYetValid(let date):
            "TCBInfo issue date is in the future (issued at \(date)); check `now` or fetch older collateral"
        case .tcbInfoExpired(let date): "TCBInfo expired (next update was \(date)); fetch fresh collateral"
        case .qeIdentityNotYetValid(let date):
            "QE Identity issue date is in the future (issued at \(date)); check `now` or fetch older collateral"
        case .qeIdentityExpired(let date): "QE Identity expired (next update was \(date)); fetch fresh collateral"
        case .invalidTcbInfoSignature:
            "Signature is invalid for tcb_info in quote_collateral; the text must be byte-exact as Intel signed it"
        case .invalidQeIdentitySignature:
            "Signature is invalid for qe_identity in quote_collateral; the text must be byte-exact as Intel signed it"
        case .unsupportedQeIdentity(let id, let version):
            "Unsupported QE Identity id/version for the quote TEE type: \(id) version \(version); use the QE identity of the quote's TEE"
        case .invalidQeReportSignature: "Signature is invalid for qe_report in quote; the quote was not made by this platform's QE"
        case .invalidQeAuthDataLength(let length): "Invalid QE auth data length \(length); expected 32"
        case .qeReportHashMismatch: "QE report hash mismatch: the attestation key is not bound to the QE report"
        case .qeIdentityMismatch(let field):
            "the QE report does not match the QE identity (\(field)); the quote was not made by Intel's quoting enclave"
        case .qeSvnBelowMinimum(let svn): "QE ISVSVN \(svn) is below minimum of every QE identity TCB level; update the platform"
        case .invalidQuoteSignature: "ISV enclave report signature is invalid; the quote was altered"
        case .fmspcMismatch: "Fmspc mismatch: the TCB info is for another platform; fetch it for the PCK certificate's FMSPC"
        case .unsupportedTcbInfo(let id, let version):
            "Unsupported TCB info \(id) version \(version) for the quote TEE type; fetch the TCB info of the quote's TEE"
        case .malformedTcbLevel(let reason): "malformed TCB level: \(reason)"
        case .noMatchingTcbLevel: "No matching TCB level found; the platform's TCB is below every level Intel lists"
        case .missingTdxModule: "the TDX TCB info has no tdxModule; fetch TCB info version 3 for TDX"
        case .unknownTdxModuleIdentity(let id): "TDX module identity \(id) not found in the TCB info"
        case .tdxModuleMismatch(let field): "the TDX module does not match the TCB info (\(field))"
        case .tdxModuleSvnBelowMinimum(let svn): "TDX module ISVSVN \(svn) matches no TCB level of its module identity"
        case .tcbRevoked: "TCB status is invalid: Revoked"
        case .debugNotAllowed: "the enclave or TD runs in debug mode; debug quotes are refused unless allowDebug is set"
        case .invalidTDAttributes(let reason): "invalid TD attributes: \(reason)"
        case .serviceTDNotAllowed: "the TD report names a service TD (MRSERVICETD non-zero); refused unless allowServiceTD is set"
        }
    }
}
