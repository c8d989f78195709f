public import SCALE

/// Evidence that a worker's keys were made inside a trusted execution environment, as the worker
/// submits it with its registration (Phala's `AttestationReport`, crates/pink/pink-types/src/sgx.rs).
///
/// SCALE: Phala's two variants keep their indices (`SgxIas` = 0, `SgxDcap` = 1), so reports produced
/// by Phala's pRuntime decode unchanged. `SoftwareTEE` is ours and is appended at index 2: appending
/// never changes the meaning of an existing encoding, and index 2 is the first one Phala does not use.
public enum AttestationReport: Sendable, Hashable {
    /// Index 0, `SgxIas{ra_report, signature, raw_signing_cert}`: an Intel Attestation Service (EPID)
    /// report with its signature and signing certificate.
    case sgxIas(raReport: [UInt8], signature: [UInt8], rawSigningCert: [UInt8])
    /// Index 1, `SgxDcap{quote, collateral}`: an SGX DCAP quote with the collateral to verify it.
    case sgxDcap(quote: [UInt8], collateral: DcapCollateral?)
    /// Index 2 (ours): a report signed by a software platform key, for development machines without
    /// a hardware TEE. It proves only that the holder of the platform key vouched for the worker.
    case softwareTEE(SoftwareTEEReport)
}

extension AttestationReport: ScaleCodable {
    /// Appends the variant index and the variant's fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .sgxIas(let report, let signature, let certificate):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: report, signature, certificate)
        case .sgxDcap(let quote, let collateral):
            encoder.encode(variantIndex: 1)
            encoder.encode(tuple: quote, collateral)
        case .softwareTEE(let report):
            encoder.encode(variantIndex: 2)
            encoder.encode(report)
        }
    }

    /// Reads one report; an index other than 0, 1 or 2 is `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0:
            self = .sgxIas(
                raReport: try decoder.decode(),
                signature: try decoder.decode(),
                rawSigningCert: try decoder.decode()
            )
        case 1: self = .sgxDcap(quote: try decoder.decode(), collateral: try decoder.decode())
        case 2: self = .softwareTEE(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: AttestationReport.self)
        }
    }
}
