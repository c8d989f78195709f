import JSONRPC
public import PhalaPrimitives

extension Client {
    /// The parts of a node's runtime version a client needs: what it is and the versions signatures commit to.
    public struct RuntimeVersion: Sendable, Hashable {
        /// The runtime's name, e.g. `phala-swift`.
        public var specName: String
        /// The runtime's spec version; every signing payload commits to it.
        public var specVersion: UInt32
        /// The transaction format version; every signing payload commits to it.
        public var transactionVersion: UInt32
        /// The implementation version, informational.
        public var implVersion: UInt32

        /// Creates a version from its parts.
        public init(specName: String, specVersion: UInt32, transactionVersion: UInt32, implVersion: UInt32) {
            self.specName = specName
            self.specVersion = specVersion
            self.transactionVersion = transactionVersion
            self.implVersion = implVersion
        }
    }

    /// The token and address properties a chain announces (`system_properties`).
    public struct ChainProperties: Sendable, Hashable {
        /// The SS58 prefix addresses are shown under (30 for Phala, 42 generic Substrate).
        public var ss58Format: UInt16
        /// How many decimals the token has.
        public var tokenDecimals: Int
        /// The token's symbol, e.g. `PHA`.
        public var tokenSymbol: String

        /// Creates properties from their parts.
        public init(ss58Format: UInt16, tokenDecimals: Int, tokenSymbol: String) {
            self.ss58Format = ss58Format
            self.tokenDecimals = tokenDecimals
            self.tokenSymbol = tokenSymbol
        }
    }

    /// The runtime version at block `hash`, or at the best block (`state_getRuntimeVersion`).
    /// - Parameter hash: the block to ask at; `nil` for the best block.
    /// - Returns: the version.
    /// - Throws: `ClientError` when the call fails or the reply lacks a version field.
    public func runtimeVersion(at hash: H256? = nil) async throws(ClientError) -> RuntimeVersion {
        let method = "state_getRuntimeVersion"
        let reply = try await request(method, hash.map { [.string($0.description)] } ?? [])
        func number(_ key: String) throws(ClientError) -> UInt32 {
            guard let value = try reply.member(key, in: method).uint64, let number = UInt32(exactly: value) else {
                throw .malformedResponse(method, "\"\(key)\" is not a u32")
            }
            return number
        }
        guard let name = try reply.member("specName", in: method).string else {
            throw .malformedResponse(method, "\"specName\" is not a string")
        }
        return RuntimeVersion(
            specName: name,
            specVersion: try number("specVersion"),
            transactionVersion: try number("transactionVersion"),
            implVersion: try number("implVersion")
        )
    }

    /// The chain's name (`system_chain`), e.g. `Development`.
    /// - Returns: the name.
    /// - Throws: `ClientError` when the call fails or the reply is not a string.
    public func systemChain() async throws(ClientError) -> String {
        guard let name = try await request("system_chain").string else {
            throw .malformedResponse("system_chain", "expected a string")
        }
        return name
    }

    /// The chain's token and address properties (`system_properties`).
    ///
    /// Decimals and symbol may be single values or arrays (polkadot.js accepts both); the first entry is used.
    /// - Returns: the properties.
    /// - Throws: `ClientError` when the call fails or a property is missing or of the wrong type.
    public func properties() async throws(ClientError) -> ChainProperties {
        let method = "system_properties"
        let reply = try await request(method)
        func first(_ key: String) throws(ClientError) -> JSONValue {
            let value = try reply.member(key, in: method)
            return value.array?.first ?? value
        }
        guard let format = try reply.member("ss58Format", in: method).uint64, let prefix = UInt16(exactly: format),
            let decimals = try first("tokenDecimals").int64, let symbol = try first("tokenSymbol").string
        else { throw .malformedResponse(method, "expected ss58Format, tokenDecimals and tokenSymbol") }
        return ChainProperties(ss58Format: prefix, tokenDecimals: Int(decimals), tokenSymbol: symbol)
    }
}
