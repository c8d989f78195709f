public import PhalaPrimitives
public import SCALE
public import Tokenomics

/// What the chain and the gatekeepers tell every gatekeeper on `phala/gatekeeper/event` (phala-types
/// `GatekeeperEvent`, phala-facts.md §5.2). Indices 2–4 (`_RepairV`, `_PhalaLaunched`, `_UnrespFix`)
/// are reserved and never sent.
public enum GatekeeperEvent: Sendable, Hashable {
    /// Index 0, `NewRandomNumber(RandomNumberEvent{block_number, random_number, last_random_number})`:
    /// the gatekeepers' random number for a block.
    case newRandomNumber(blockNumber: UInt32, randomNumber: FixedBytes<32>, lastRandomNumber: FixedBytes<32>)
    /// Index 1, `TokenomicParametersChanged(params)`: the chain adopted new tokenomic parameters;
    /// gatekeepers accept it only from a pallet origin.
    case tokenomicParametersChanged(TokenomicParameters)
}

extension GatekeeperEvent: ScaleCodable {
    /// Appends the variant index and the fields.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .newRandomNumber(let block, let random, let last):
            encoder.encode(variantIndex: 0)
            encoder.encode(tuple: block, random, last)
        case .tokenomicParametersChanged(let parameters):
            encoder.encode(variantIndex: 1)
            encoder.encode(parameters)
        }
    }

    /// Reads one event; the reserved and unknown indices are `.unknownVariant`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        let variant = try decoder.decodeVariantIndex()
        switch variant {
        case 0:
            self = .newRandomNumber(
                blockNumber: try decoder.decode(),
                randomNumber: try decoder.decode(),
                lastRandomNumber: try decoder.decode()
            )
        case 1: self = .tokenomicParametersChanged(try decoder.decode())
        default: throw decoder.unknownVariant(variant, of: GatekeeperEvent.self)
        }
    }
}
