import PhalaCrypto
public import PhalaPrimitives
import RuntimeSupport
public import SCALE

/// What runtime a chain runs, as `Core_version` and `state_getRuntimeVersion` report it (sp-version's
/// `RuntimeVersion`).
///
/// Clients re-sign when `specVersion` or `transactionVersion` changes. SCALE: `spec_name ‖ impl_name ‖
/// authoring_version u32 ‖ spec_version u32 ‖ impl_version u32 ‖ Vec<([u8; 8], u32)> apis ‖
/// transaction_version u32 ‖ system_version u8`.
public struct RuntimeVersion: Sendable, Hashable {
    /// The runtime's name; a different name is a different chain logic.
    public var specName: String
    /// The implementation's name.
    public var implName: String
    /// The version of the authoring rules.
    public var authoringVersion: UInt32
    /// The runtime's version; signed transactions commit to it.
    public var specVersion: UInt32
    /// The implementation's version.
    public var implVersion: UInt32
    /// The runtime APIs offered: `(blake2b-64 of the trait name, version)`.
    public var apis: [(id: FixedBytes<8>, version: UInt32)]
    /// The version of the transaction format; signed transactions commit to it.
    public var transactionVersion: UInt32
    /// The state version (1: values over 32 bytes hashed in the trie); shown as `stateVersion`.
    public var systemVersion: UInt8

    /// Creates a version.
    public init(
        specName: String,
        implName: String,
        authoringVersion: UInt32,
        specVersion: UInt32,
        implVersion: UInt32,
        apis: [(id: FixedBytes<8>, version: UInt32)],
        transactionVersion: UInt32,
        systemVersion: UInt8
    ) {
        self.specName = specName
        self.implName = implName
        self.authoringVersion = authoringVersion
        self.specVersion = specVersion
        self.implVersion = implVersion
        self.apis = apis
        self.transactionVersion = transactionVersion
        self.systemVersion = systemVersion
    }

    /// A runtime API's id: the first 8 bytes of `blake2b-64(trait name)`, e.g. `Core` → `df6acb689907609b`.
    /// - Parameter name: the API trait's name.
    /// - Returns: the 8-byte id.
    public static func apiID(_ name: String) -> FixedBytes<8> {
        FixedBytes(known: Blake2b.hash(Array(name.utf8), outputByteCount: 8))
    }

    /// Equal when every field is equal.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.specName == rhs.specName && lhs.implName == rhs.implName && lhs.authoringVersion == rhs.authoringVersion
            && lhs.specVersion == rhs.specVersion && lhs.implVersion == rhs.implVersion
            && lhs.apis.elementsEqual(rhs.apis) { $0.id == $1.id && $0.version == $1.version }
            && lhs.transactionVersion == rhs.transactionVersion && lhs.systemVersion == rhs.systemVersion
    }

    /// Hashes the versions and names.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(specName)
        hasher.combine(specVersion)
        hasher.combine(transactionVersion)
    }
}

extension RuntimeVersion: ScaleCodable {
    /// Appends the fields in sp-version's order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: specName, implName, authoringVersion, specVersion, implVersion)
        encoder.encode(compactLength: apis.count)
        for api in apis { encoder.encode(tuple: api.id, api.version) }
        encoder.encode(tuple: transactionVersion, systemVersion)
    }

    /// Reads the fields in sp-version's order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        specName = try decoder.decode()
        implName = try decoder.decode()
        authoringVersion = try decoder.decode()
        specVersion = try decoder.decode()
        implVersion = try decoder.decode()
        let count = try decoder.decodeCompactLength()
        apis = []
        for _ in 0..<count { apis.append((try decoder.decode(), try decoder.decode())) }
        transactionVersion = try decoder.decode()
        systemVersion = try decoder.decode()
    }
}
