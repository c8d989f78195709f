public import ContractHost

/// Why the egress policy would not let a request through.
public enum EgressRefusal: Swift.Error, Sendable, Hashable, CustomStringConvertible {
    /// The host resolves to an address that is not public and private networks are not allowed.
    case notAllowed(host: String, address: String)
    /// The host name did not resolve.
    case unresolved(host: String, reason: String)

    /// Pink's error for the refusal: NotAllowed, or NetworkError for a name that did not resolve.
    public var requestError: HttpRequestError {
        switch self {
        case .notAllowed: .notAllowed
        case .unresolved: .networkError
        }
    }

    /// What was refused and what to do.
    public var description: String {
        switch self {
        case .notAllowed(let host, let address):
            "\(host) resolves to \(address), which is not a public address: contracts may only reach the internet "
                + "(set allowPrivateNetworks to allow private networks)"
        case .unresolved(let host, let reason):
            "could not resolve \(host): \(reason)"
        }
    }
}
