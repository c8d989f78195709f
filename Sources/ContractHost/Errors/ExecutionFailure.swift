public import SCALE

/// Why a contract execution failed, as the `DispatchError` pink returns (pink-abi.md §6.6).
///
/// A failure ends the top-level call with `Err(DispatchError)`; a nested callee's failure becomes
/// `CalleeTrapped` for its caller instead. The SCALE encoding is Substrate's `DispatchError`, so an
/// `other` message is not encoded, exactly as on Phala.
public enum ExecutionFailure: Swift.Error, Sendable, Hashable, CustomStringConvertible {
    /// A failure without a code, such as an invalid HTTP request; the message is for logs only.
    case other(String)
    /// The caller may not do this, e.g. a contract other than the system contract asked for a
    /// privileged extension function.
    case badOrigin
    /// A pallet error: `index` is the pallet's index in pink's runtime, `error` the variant.
    case module(index: UInt8, error: UInt8)

    /// A Contracts pallet error (index 4).
    public static func contracts(_ error: ContractsError) -> ExecutionFailure {
        .module(index: ContractsError.palletIndex, error: error.rawValue)
    }

    /// A Pink pallet error (index 5).
    public static func pink(_ error: PinkError) -> ExecutionFailure {
        .module(index: PinkError.palletIndex, error: error.rawValue)
    }

    /// Names the failure and, for pallet errors, the pallet and error, for logs and CLI output.
    public var description: String {
        switch self {
        case .other(let message): "execution failed: \(message)"
        case .badOrigin: "execution failed: bad origin (the caller may not do this)"
        case .module(let index, let error):
            if index == ContractsError.palletIndex, let name = ContractsError(rawValue: error) {
                "execution failed: Contracts.\(name)"
            } else if index == PinkError.palletIndex, let name = PinkError(rawValue: error) {
                "execution failed: Pink.\(name)"
            } else {
                "execution failed: module \(index) error \(error)"
            }
        }
    }
}

extension ExecutionFailure: ScaleEncodable {
    /// Writes Substrate's `DispatchError`: `Other` as variant 0 without its message, `BadOrigin` as 2,
    /// `Module` as 3 followed by the pallet index and a 4-byte error whose first byte is the variant.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .other: encoder.encode(variantIndex: 0)
        case .badOrigin: encoder.encode(variantIndex: 2)
        case .module(let index, let error):
            encoder.encode(variantIndex: 3)
            encoder.append([index, error, 0, 0, 0])
        }
    }
}
