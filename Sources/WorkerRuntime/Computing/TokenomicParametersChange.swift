import SCALE
import Tokenomics

/// `GatekeeperEvent::TokenomicParametersChanged(params)` on `phala/gatekeeper/event` (variant 1,
/// phala-facts.md §3.2, §5.2): the chain's new tokenomic parameters, which the gatekeeper replay adopts
/// from a pallet origin only.
///
/// PalletComputation declares the whole `GatekeeperEvent`; the enclave reads only this variant, so it
/// decodes it here instead of importing a pallet for one case. Variant 0 (`NewRandomNumber`, from the
/// gatekeepers) and the retired indices decode as `.unknownVariant`.
struct TokenomicParametersChange: ScaleDecodable {
    /// The parameters now in force.
    let parameters: TokenomicParameters

    /// Reads the variant index, which must be 1, then the parameters.
    init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        guard variant == 1 else { throw decoder.unknownVariant(variant, of: TokenomicParametersChange.self) }
        parameters = try decoder.decode()
    }
}
