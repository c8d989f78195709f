public import SCALE

/// The type table at the head of V14 metadata: scale-info's `PortableRegistry`.
///
/// Each entry's id equals its index, which both substrate-interface and polkadot.js rely on.
public struct PortableRegistry: Sendable, Hashable {
    /// The descriptions, indexed by `TypeID.rawValue`.
    public var types: [TypeDescription<TypeID>]

    /// Wraps descriptions whose ids are their indices.
    /// - Parameter types: the descriptions in id order.
    public init(types: [TypeDescription<TypeID>]) {
        self.types = types
    }

    /// The description with the given id, or `nil` if the id is out of range.
    public subscript(id: TypeID) -> TypeDescription<TypeID>? {
        let index = Int(id.rawValue)
        return types.indices.contains(index) ? types[index] : nil
    }
}

extension PortableRegistry: ScaleEncodable {
    /// Appends `Vec<PortableType>`, each entry being `id: Compact<u32>` then the description.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(compactLength: types.count)
        for (index, description) in types.enumerated() {
            encoder.encode(TypeID(UInt32(index)))
            encoder.encode(description)
        }
    }
}
