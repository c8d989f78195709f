public import SCALE

/// One field of a composite type or of an enum variant, as scale-info's `Field` describes it.
///
/// `Reference` is how the field names its type: a `TypeReference` while a type describes itself,
/// a `TypeID` once the description sits in a registry.
public struct TypeField<Reference> {
    /// The field's name (`dest`, `value`), or `nil` for a tuple-struct or tuple-variant field.
    public var name: String?
    /// The field's type.
    public var type: Reference
    /// The type as the Rust source spells it (`T::Balance`, `[u8; 32]`); clients show it, some match on it.
    public var typeName: String?
    /// Documentation lines.
    public var docs: [String]

    /// Describes a field.
    /// - Parameters:
    ///   - name: the field's snake_case name, or `nil` for an unnamed field.
    ///   - type: the field's type.
    ///   - typeName: the Rust spelling of the type, if any.
    ///   - docs: documentation lines.
    public init(name: String? = nil, type: Reference, typeName: String? = nil, docs: [String] = []) {
        self.name = name
        self.type = type
        self.typeName = typeName
        self.docs = docs
    }

    /// The same field with its type reference transformed, as registration does.
    /// - Parameter transform: maps the type reference.
    /// - Returns: the field with `transform(type)` as its type.
    public func mapReference<New>(_ transform: (Reference) throws -> New) rethrows -> TypeField<New> {
        TypeField<New>(name: name, type: try transform(type), typeName: typeName, docs: docs)
    }
}

extension TypeField: Sendable where Reference: Sendable {}
extension TypeField: Equatable where Reference: Equatable {}
extension TypeField: Hashable where Reference: Hashable {}

extension TypeField: ScaleEncodable where Reference: ScaleEncodable {
    /// Appends `name: Option<String>`, `ty`, `type_name: Option<String>`, `docs: Vec<String>`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(name)
        encoder.encode(type)
        encoder.encode(typeName)
        encoder.encode(docs)
    }
}
