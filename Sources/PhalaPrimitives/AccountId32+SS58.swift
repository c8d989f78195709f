public import PhalaCrypto

extension AccountId32 {
    /// The generic Substrate network prefix, 42, under which dev accounts are usually shown.
    public static let genericSubstratePrefix: UInt16 = 42

    /// The account's SS58 address under the generic Substrate prefix 42, e.g. Alice's
    /// `5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY`.
    public var ss58: String {
        do {
            return try SS58.encode(bytes, prefix: Self.genericSubstratePrefix)
        } catch {
            preconditionFailure("SS58 encodes every 32-byte payload under prefix 42: \(error)")
        }
    }

    /// The account's SS58 address under a network's prefix (30 for Phala, 42 for generic Substrate).
    /// - Parameter prefix: the network prefix, 0…16383 except the reserved 46 and 47.
    /// - Returns: the Base58 address.
    /// - Throws: `SS58Error.invalidPrefix` above 16383, `.reservedPrefix` for 46 and 47.
    public func ss58(prefix: UInt16) throws(SS58Error) -> String {
        try SS58.encode(bytes, prefix: prefix)
    }

    /// Reads an SS58 address of any network, ignoring its prefix.
    /// - Parameter address: the Base58 address.
    /// - Throws: `SS58AddressError` when the text is not a valid address or does not carry a 32-byte id.
    public init(ss58 address: String) throws(SS58AddressError) {
        self = try Self.decode(ss58: address).account
    }

    /// Reads an SS58 address of any network, returning the network prefix it was written for.
    /// - Parameter address: the Base58 address.
    /// - Returns: the account and the address's network prefix.
    /// - Throws: `SS58AddressError` when the text is not a valid address or does not carry a 32-byte id.
    public static func decode(ss58 address: String) throws(SS58AddressError) -> (account: AccountId32, prefix: UInt16) {
        let decoded: (prefix: UInt16, payload: [UInt8])
        do {
            decoded = try SS58.decode(address)
        } catch {
            throw .invalidAddress(error)
        }
        guard decoded.payload.count == 32 else { throw .notAnAccountId(payloadLength: decoded.payload.count) }
        return (AccountId32(FixedBytes(uncheckedBytes: decoded.payload)), decoded.prefix)
    }
}
