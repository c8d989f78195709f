public import SCALE

/// One variant of an enum type, as scale-info's `Variant` describes it.
///
/// The `index` is the byte the variant is encoded with; indices may be sparse (`DigestItem`), so
/// they are always given explicitly.
public struct TypeVariant<Reference> {
    /// The variant's name as clients see it (`transfer_keep_alive`, `Transfer`, `Some`).
    public var name: String
    /// The variant's fields, all named or all unnamed.
    public var fields: [TypeField<Reference>]
    /// The index byte that starts the variant's encoding.
    public var index: UInt8
    /// Documentation lines.
    public var docs: [String]

    /// Describes a variant.
    /// - Parameters:
    ///   - name: the variant's wire name.
    ///   - index: the variant's index byte.
    ///   - fields: the variant's fields in encoding order.
    ///   - docs: documentation lines.
    public init(name: String, index: UInt8, fields: [TypeField<Reference>] = [], docs: [String] = []) {
        self.name = name
        self.fields = fields
        self.index = index
        self.docs = docs
    }

    /// The same variant with every field's type reference transformed.
    /// - Parameter transform: maps each type reference, in field order.
    /// - Returns: the variant over the new references.
    public func mapReferences<New>(_ transform: (Reference) throws -> New) rethrows -> TypeVariant<New> {
        TypeVariant<New>(
            name: name,
            index: index,
            fields: try fields.map { try $0.mapReference(transform) },
            docs: docs
        )
    }
}

extension TypeVariant: Sendable where Reference: Sendable {}
extension TypeVariant: Equatable where Reference: Equatable {}
extension TypeVariant: Hashable where Reference: Hashable {}

extension TypeVariant: ScaleEncodable where Reference: ScaleEncodable {
    /// Appends `name`, `fields: Vec<Field>`, `index: u8`, `docs: Vec<String>`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(name)
        encoder.encode(fields)
        encoder.encode(index)
        encoder.encode(docs)
    }
}
