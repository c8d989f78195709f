/// The errors of pink's own pallet, index 5 in pink's runtime (pink-abi.md §6.6).
///
/// Chain-extension failures that end the whole execution carry one of these as
/// `ExecutionFailure.module(index: 5, error: rawValue)`. Append-only.
public enum PinkError: UInt8, Sendable, Hashable, CaseIterable {
    /// The upper 16 bits of a chain-extension id were not 0.
    case unknownChainExtensionId = 0
    /// The function id (lower 16 bits) is not one of pink's 25 functions.
    case unknownChainExtensionFunction = 1
    /// A chain-extension result did not fit the buffer the contract offered.
    case contractIoBufferOverflow = 2
    /// The cluster has no key, so no contract key can be derived.
    case keySeedMissing = 3
    /// Deriving a contract key failed.
    case deriveKeyFailed = 4
    /// The cluster has no system contract.
    case systemContractMissing = 5

    /// The index of the Pink pallet in pink's runtime, the `index` of its module errors.
    public static let palletIndex: UInt8 = 5
}
