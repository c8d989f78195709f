public import SCALE

/// Describes one constant of a pallet's configuration for clients (`ExistentialDeposit`, `SS58Prefix`).
public struct PalletConstantMetadata: Sendable {
    /// The constant's name.
    public var name: String
    /// The constant's type.
    public var type: TypeReference
    /// The constant's SCALE-encoded value.
    public var value: [UInt8]
    /// Documentation lines.
    public var docs: [String]

    /// Describes a constant from its type and encoded value.
    /// - Parameters:
    ///   - name: the constant's name.
    ///   - type: the constant's type.
    ///   - value: the exact SCALE encoding of the value.
    ///   - docs: documentation lines.
    public init(name: String, type: TypeReference, value: [UInt8], docs: [String] = []) {
        self.name = name
        self.type = type
        self.value = value
        self.docs = docs
    }

    /// Describes a constant from its value, taking the type and encoding from the value's own type.
    /// - Parameters:
    ///   - name: the constant's name.
    ///   - value: the value.
    ///   - docs: documentation lines.
    public init<Value: TypeInfo & ScaleEncodable>(name: String, value: Value, docs: [String] = []) {
        self.init(name: name, type: .of(Value.self), value: value.scaleEncoded(), docs: docs)
    }

    /// Appends `PalletConstantMetadata`, registering its type.
    func encode(to encoder: inout ScaleEncoder, registry: inout TypeRegistry) {
        encoder.encode(name)
        encoder.encode(registry.register(type))
        encoder.encode(value)
        encoder.encode(docs)
    }
}
