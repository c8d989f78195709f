public import SCALE

/// The data a DCAP quote is verified against: certificate chains, revocation lists, TCB info and the
/// quoting enclave's identity (Phala's `Collateral::SgxV30(SgxV30QuoteCollateral)`).
///
/// SCALE: `Collateral` is an enum whose only variant, `SgxV30`, has index 0, followed by the nine
/// fields in the order below (dcap.md §3.1). Text fields are carried as their UTF-8 bytes, which is
/// how SCALE encodes a Rust `String`.
public struct DcapCollateral: Sendable, Hashable {
    /// `pck_crl_issuer_chain`: PEM chain of the PCK CRL's issuer.
    public var pckCrlIssuerChain: [UInt8]
    /// `root_ca_crl`: the root CA's revocation list (hex text).
    public var rootCaCrl: [UInt8]
    /// `pck_crl`: the PCK revocation list (hex text).
    public var pckCrl: [UInt8]
    /// `tcb_info_issuer_chain`: PEM chain of the TCB info's signer.
    public var tcbInfoIssuerChain: [UInt8]
    /// `tcb_info`: the TCB info JSON.
    public var tcbInfo: [UInt8]
    /// `tcb_info_signature`: raw r‖s signature over `tcb_info`.
    public var tcbInfoSignature: [UInt8]
    /// `qe_identity_issuer_chain`: PEM chain of the QE identity's signer.
    public var qeIdentityIssuerChain: [UInt8]
    /// `qe_identity`: the quoting enclave identity JSON.
    public var qeIdentity: [UInt8]
    /// `qe_identity_signature`: raw r‖s signature over `qe_identity`.
    public var qeIdentitySignature: [UInt8]

    /// Creates a collateral from its nine fields, in wire order.
    public init(
        pckCrlIssuerChain: [UInt8],
        rootCaCrl: [UInt8],
        pckCrl: [UInt8],
        tcbInfoIssuerChain: [UInt8],
        tcbInfo: [UInt8],
        tcbInfoSignature: [UInt8],
        qeIdentityIssuerChain: [UInt8],
        qeIdentity: [UInt8],
        qeIdentitySignature: [UInt8]
    ) {
        self.pckCrlIssuerChain = pckCrlIssuerChain
        self.rootCaCrl = rootCaCrl
        self.pckCrl = pckCrl
        self.tcbInfoIssuerChain = tcbInfoIssuerChain
        self.tcbInfo = tcbInfo
        self.tcbInfoSignature = tcbInfoSignature
        self.qeIdentityIssuerChain = qeIdentityIssuerChain
        self.qeIdentity = qeIdentity
        self.qeIdentitySignature = qeIdentitySignature
    }
}

extension DcapCollateral: ScaleCodable {
    /// Appends the `SgxV30` variant index (0) and the nine fields.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(variantIndex: 0)
        encoder.encode(tuple: pckCrlIssuerChain, rootCaCrl, pckCrl, tcbInfoIssuerChain, tcbInfo)
        encoder.encode(tuple: tcbInfoSignature, qeIdentityIssuerChain, qeIdentity, qeIdentitySignature)
    }

    /// Reads an `SgxV30` collateral; another variant index is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 0 else { throw decoder.unknownVariant(variant, of: DcapCollateral.self) }
        pckCrlIssuerChain = try decoder.decode()
        rootCaCrl = try decoder.decode()
        pckCrl = try decoder.decode()
        tcbInfoIssuerChain = try decoder.decode()
        tcbInfo = try decoder.decode()
        tcbInfoSignature = try decoder.decode()
        qeIdentityIssuerChain = try decoder.decode()
        qeIdentity = try decoder.decode()
        qeIdentitySignature = try decoder.decode()
    }
}
