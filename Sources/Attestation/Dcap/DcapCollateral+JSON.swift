extension DcapCollateral {
    /// Reads dcap-qvl's `QuoteCollateralV3` JSON (dcap.md §3.1, the sample `*_collateral.json` files)
    /// into the SCALE form Phala's chain carries.
    ///
    /// Text fields (`tcb_info`, `qe_identity`, the PEM chains) keep the exact UTF-8 bytes of the
    /// unescaped JSON string, since Intel's signature covers them byte for byte. The two signatures are
    /// hex-decoded to their raw 64 bytes. The two CRLs stay hex text, which is how Phala's SCALE
    /// collateral carries them; `DcapVerifier` decodes them. An optional `pck_certificate_chain` is
    /// not carried (Phala's collateral has no such field; quotes embed their PCK chain).
    /// - Parameter json: the collateral JSON text.
    /// - Throws: `.malformedCollateral` when the JSON is invalid, a field is missing or not a
    ///   string, a CRL is not hex, or a signature is not 64 bytes of hex.
    public init(json: [UInt8]) throws(DcapVerificationError) {
        let root = try JSONObject(try JSONValue.parse(json, document: "collateral"), path: .document("collateral"))
        func text(_ key: String) throws(DcapVerificationError) -> [UInt8] { Array(try root.string(key).utf8) }
        func hexText(_ key: String) throws(DcapVerificationError) -> [UInt8] {
            let value = try text(key)
            guard HexText.decode(value) != nil else {
                throw .malformedCollateral(field: "collateral." + key, reason: "expected hex text")
            }
            return value
        }
        self.init(
            pckCrlIssuerChain: try text("pck_crl_issuer_chain"),
            rootCaCrl: try hexText("root_ca_crl"),
            pckCrl: try hexText("pck_crl"),
            tcbInfoIssuerChain: try text("tcb_info_issuer_chain"),
            tcbInfo: try text("tcb_info"),
            tcbInfoSignature: try root.hex("tcb_info_signature", count: 64),
            qeIdentityIssuerChain: try text("qe_identity_issuer_chain"),
            qeIdentity: try text("qe_identity"),
            qeIdentitySignature: try root.hex("qe_identity_signature", count: 64)
        )
    }
}
