/// The 25 functions of pink's chain extension, by function id (pink-abi.md §5.2).
///
/// The raw value is the lower 16 bits of the id a contract passes to `seal0.call_chain_extension`.
public enum PinkFunction: UInt16, Sendable, Hashable, CaseIterable {
    /// Makes an HTTP request (query only).
    case httpRequest = 1
    /// Signs a message with a given key.
    case sign = 2
    /// Verifies a signature.
    case verify = 3
    /// Derives the contract's sr25519 key for a salt from the cluster key.
    case deriveSr25519Key = 4
    /// Computes the public key of a secret.
    case getPublicKey = 5
    /// Stores a value in the contract's cache (returns a status).
    case cacheSet = 6
    /// Sets a cache entry's expiry.
    case cacheSetExpiration = 7
    /// Reads a cache entry (queries only; transactions see None).
    case cacheGet = 8
    /// Removes a cache entry.
    case cacheRemove = 9
    /// Logs a message.
    case log = 10
    /// Returns random bytes (queries only).
    case getRandom = 11
    /// Whether the call runs in a transaction.
    case isInTransaction = 12
    /// Signs a 32-byte hash with secp256k1.
    case ecdsaSignPrehashed = 13
    /// Verifies a secp256k1 signature over a 32-byte hash.
    case ecdsaVerifyPrehashed = 14
    /// The cluster's system contract.
    case systemContractId = 15
    /// An account's total and free balance.
    case balanceOf = 16
    /// The worker's public key (queries only).
    case workerPublicKey = 17
    /// The worker's wall clock (queries only).
    case untrustedMillisSinceUnixEpoch = 18
    /// Whether ink! or SideVM code exists.
    case codeExists = 19
    /// Uploads the chain's latest system code (system contract only).
    case importLatestSystemCode = 20
    /// Pink's runtime version, (1, 2).
    case runtimeVersion = 21
    /// Makes up to 5 HTTP requests concurrently (queries only; returns a status).
    case batchHttpRequest = 22
    /// The head of the cluster's event chain.
    case currentEventChainHead = 23
    /// Runs JavaScript in the cluster's SideVM (not supported by this host).
    case jsEval = 24
    /// The worker's SGX quote (None on this host).
    case workerSgxQuote = 25

    /// Whether the function is declared `handle_status = true`: its error goes into the status, with empty output.
    public var handlesStatus: Bool { self == .cacheSet || self == .batchHttpRequest }
}
