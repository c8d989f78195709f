/// Why a test contract could not be built, with what to do about it.
public struct ContractBuildError: Error, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public let description: String
}
