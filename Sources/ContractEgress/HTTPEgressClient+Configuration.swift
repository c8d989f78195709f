extension HTTPEgressClient {
    /// The limits a worker puts on contracts' HTTP requests.
    ///
    /// | Key | Type | Default |
    /// |---|---|---|
    /// | `timeout` | `Duration` | 10 s (pink's query time); a request's own timeout may only shorten it |
    /// | `maximumBodySize` | `Int` bytes | 2 MiB; a larger response body is `ResponseTooLarge` |
    /// | `maximumHeaderCount` | `Int` | 256 request headers; more is `TooManyHeaders` |
    /// | `allowPrivateNetworks` | `Bool` | false: loopback, private, link-local, unique-local refused |
    public struct Configuration: Sendable, Hashable {
        /// The longest any request may take.
        public var timeout: Duration
        /// The largest response body accepted, in bytes.
        public var maximumBodySize: Int
        /// The most request headers accepted.
        public var maximumHeaderCount: Int
        /// Whether non-public addresses may be reached (see `EgressPolicy`).
        public var allowPrivateNetworks: Bool

        /// Creates a configuration; every default is pink's.
        public init(
            timeout: Duration = .seconds(10),
            maximumBodySize: Int = 2 * 1024 * 1024,
            maximumHeaderCount: Int = 256,
            allowPrivateNetworks: Bool = false
        ) {
            self.timeout = timeout
            self.maximumBodySize = maximumBodySize
            self.maximumHeaderCount = maximumHeaderCount
            self.allowPrivateNetworks = allowPrivateNetworks
        }
    }
}
