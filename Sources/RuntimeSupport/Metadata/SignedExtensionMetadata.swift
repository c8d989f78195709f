import SCALE

/// Describes one signed extension for clients: the bytes it adds to an extrinsic (`type`) and to
/// the signing payload only (`additionalSigned`).
///
/// substrate-interface ignores the list's order and knows extensions only by identifier, so use
/// `SignedExtensionMetadata.substrateStandard`, which matches what it and polkadot.js encode.
public struct SignedExtensionMetadata: Sendable {
    /// The extension's name (`CheckNonce`, `ChargeTransactionPayment`).
    public var identifier: String
    /// The type of the data the extension adds to the extrinsic.
    public var type: TypeReference
    /// The type of the data the extension adds to the signing payload only.
    public var additionalSigned: TypeReference

    /// Describes a signed extension.
    /// - Parameters:
    ///   - identifier: the extension's name, as clients know it.
    ///   - type: the data in the extrinsic.
    ///   - additionalSigned: the data in the signing payload only.
    public init(identifier: String, type: TypeReference, additionalSigned: TypeReference) {
        self.identifier = identifier
        self.type = type
        self.additionalSigned = additionalSigned
    }

    /// Appends `SignedExtensionMetadata`, registering its two types.
    func encode(to encoder: inout ScaleEncoder, registry: inout TypeRegistry) {
        encoder.encode(identifier)
        encoder.encode(registry.register(type))
        encoder.encode(registry.register(additionalSigned))
    }
}
