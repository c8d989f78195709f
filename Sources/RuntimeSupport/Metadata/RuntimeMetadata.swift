import SCALE

/// Describes a runtime for clients: V14 metadata, what `state_getMetadata` and `Metadata_metadata` return.
///
/// Built from the pallets' descriptions; `encoded()` registers every type they name in one
/// `TypeRegistry` (pallets in order, then the extrinsic, then the runtime type, as frame-metadata
/// does) and writes `RuntimeMetadataPrefixed`: the magic `"meta"`, the version byte 14, then the body
/// (types, pallets, extrinsic, runtime type id). scalecodec 1.2.12 understands no version above 14.
public struct RuntimeMetadata: Sendable {
    /// The bytes `"meta"` (`0x6d657461`) that start every metadata blob.
    public static let magic: [UInt8] = Array("meta".utf8)
    /// The metadata version written: 14.
    public static let version: UInt8 = 14

    /// The pallets, in index order.
    public var pallets: [PalletMetadata]
    /// The extrinsic format.
    public var extrinsic: ExtrinsicMetadata
    /// The runtime's own marker type (`<crate>_runtime::Runtime`, a composite without fields).
    public var runtimeType: TypeReference

    /// Describes a runtime.
    /// - Parameters:
    ///   - pallets: the pallets, in index order.
    ///   - extrinsic: the extrinsic format.
    ///   - runtimeType: the runtime's marker type.
    public init(pallets: [PalletMetadata], extrinsic: ExtrinsicMetadata, runtimeType: TypeReference) {
        self.pallets = pallets
        self.extrinsic = extrinsic
        self.runtimeType = runtimeType
    }

    /// The complete prefixed V14 metadata.
    /// - Returns: `"meta"` ‖ `0x0e` ‖ types ‖ pallets ‖ extrinsic ‖ runtime type id.
    public func encoded() -> [UInt8] {
        let (registry, body) = registeredBody()
        var encoder = ScaleEncoder()
        encoder.append(Self.magic)
        encoder.encode(Self.version)
        encoder.encode(registry.portable)
        encoder.append(body)
        return encoder.bytes
    }

    /// The registry of every type the metadata names, with ids as `encoded()` assigns them.
    public var registry: TypeRegistry { registeredBody().registry }

    /// Registers all types and encodes everything after the type table.
    private func registeredBody() -> (registry: TypeRegistry, body: [UInt8]) {
        var registry = TypeRegistry()
        var body = ScaleEncoder()
        body.encode(compactLength: pallets.count)
        for pallet in pallets { pallet.encode(to: &body, registry: &registry) }
        extrinsic.encode(to: &body, registry: &registry)
        body.encode(registry.register(runtimeType))
        return (registry, body.bytes)
    }
}
