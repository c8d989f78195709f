public import SCALE

/// The shape of a described type: scale-info's `TypeDef`, which tells a client how to decode a value.
///
/// The case order is the wire order (composite = 0 … bit sequence = 7). `Reference` is a
/// `TypeReference` while a type describes itself and a `TypeID` inside a registry.
public enum TypeDefinition<Reference> {
    /// A struct: its fields in encoding order (none for a unit struct).
    case composite([TypeField<Reference>])
    /// An enum: its variants, each with its own index byte.
    case variant([TypeVariant<Reference>])
    /// `Vec<T>`: a compact length, then that many elements.
    case sequence(Reference)
    /// `[T; N]`: exactly `length` elements and no length prefix.
    case array(length: UInt32, element: Reference)
    /// `(A, B, …)`: the elements in order; the empty tuple is `()`.
    case tuple([Reference])
    /// A built-in scalar.
    case primitive(PrimitiveType)
    /// `Compact<T>`: the compact encoding of an unsigned integer (or of `()`).
    case compact(Reference)
    /// `BitVec<Store, Order>` from the bitvec crate.
    case bitSequence(store: Reference, order: Reference)

    /// The same definition with every type reference transformed, in encoding order.
    /// - Parameter transform: maps each type reference.
    /// - Returns: the definition over the new references.
    public func mapReferences<New>(_ transform: (Reference) throws -> New) rethrows -> TypeDefinition<New> {
        switch self {
        case .composite(let fields): .composite(try fields.map { try $0.mapReference(transform) })
        case .variant(let variants): .variant(try variants.map { try $0.mapReferences(transform) })
        case .sequence(let element): .sequence(try transform(element))
        case .array(let length, let element): .array(length: length, element: try transform(element))
        case .tuple(let elements): .tuple(try elements.map(transform))
        case .primitive(let primitive): .primitive(primitive)
        case .compact(let inner): .compact(try transform(inner))
        case .bitSequence(let store, let order): .bitSequence(store: try transform(store), order: try transform(order))
        }
    }
}

extension TypeDefinition: Sendable where Reference: Sendable {}
extension TypeDefinition: Equatable where Reference: Equatable {}
extension TypeDefinition: Hashable where Reference: Hashable {}

extension TypeDefinition: ScaleEncodable where Reference: ScaleEncodable {
    /// Appends the case's index byte and then its contents, as scale-info's `TypeDef` encodes.
    public func encode(to encoder: inout ScaleEncoder) {
        switch self {
        case .composite(let fields):
            encoder.encode(variantIndex: 0)
            encoder.encode(fields)
        case .variant(let variants):
            encoder.encode(variantIndex: 1)
            encoder.encode(variants)
        case .sequence(let element):
            encoder.encode(variantIndex: 2)
            encoder.encode(element)
        case .array(let length, let element):
            encoder.encode(variantIndex: 3)
            encoder.encode(length)
            encoder.encode(element)
        case .tuple(let elements):
            encoder.encode(variantIndex: 4)
            encoder.encode(elements)
        case .primitive(let primitive):
            encoder.encode(variantIndex: 5)
            encoder.encode(primitive)
        case .compact(let inner):
            encoder.encode(variantIndex: 6)
            encoder.encode(inner)
        case .bitSequence(let store, let order):
            encoder.encode(variantIndex: 7)
            encoder.encode(store)
            encoder.encode(order)
        }
    }
}
