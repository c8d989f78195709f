public import SCALE

/// A complete description of one type: scale-info's `Type` (path, generic parameters, shape, docs).
///
/// A Swift type describes itself as a `TypeDescription<TypeReference>` through `TypeInfo`; a
/// `TypeRegistry` turns that into a `TypeDescription<TypeID>`, the form metadata carries.
public struct TypeDescription<Reference> {
    /// The Rust path (`["sp_core", "crypto", "AccountId32"]`); empty for primitives, tuples,
    /// sequences, arrays and compacts. Clients find well-known types by it, so it is spelled exactly.
    public var path: [String]
    /// The generic parameters, in declaration order.
    public var parameters: [TypeParameter<Reference>]
    /// How values of the type are encoded.
    public var definition: TypeDefinition<Reference>
    /// Documentation lines.
    public var docs: [String]

    /// Describes a type.
    /// - Parameters:
    ///   - path: the Rust path segments, empty for anonymous types.
    ///   - parameters: the generic parameters.
    ///   - definition: the type's shape.
    ///   - docs: documentation lines.
    public init(
        path: [String] = [],
        parameters: [TypeParameter<Reference>] = [],
        definition: TypeDefinition<Reference>,
        docs: [String] = []
    ) {
        self.path = path
        self.parameters = parameters
        self.definition = definition
        self.docs = docs
    }

    /// A struct with a path.
    /// - Parameters:
    ///   - path: the Rust path segments.
    ///   - parameters: the generic parameters.
    ///   - fields: the fields in encoding order.
    ///   - docs: documentation lines.
    /// - Returns: the composite description.
    public static func composite(
        path: [String],
        parameters: [TypeParameter<Reference>] = [],
        fields: [TypeField<Reference>],
        docs: [String] = []
    ) -> Self {
        Self(path: path, parameters: parameters, definition: .composite(fields), docs: docs)
    }

    /// An enum with a path.
    /// - Parameters:
    ///   - path: the Rust path segments.
    ///   - parameters: the generic parameters.
    ///   - variants: the variants with their index bytes.
    ///   - docs: documentation lines.
    /// - Returns: the variant description.
    public static func variant(
        path: [String],
        parameters: [TypeParameter<Reference>] = [],
        variants: [TypeVariant<Reference>],
        docs: [String] = []
    ) -> Self {
        Self(path: path, parameters: parameters, definition: .variant(variants), docs: docs)
    }

    /// The same description with every type reference transformed: parameters first, then the
    /// definition, the order in which scale-info registers a type's dependencies.
    /// - Parameter transform: maps each type reference.
    /// - Returns: the description over the new references.
    public func mapReferences<New>(_ transform: (Reference) throws -> New) rethrows -> TypeDescription<New> {
        let newParameters = try parameters.map { try $0.mapReference(transform) }
        return TypeDescription<New>(
            path: path,
            parameters: newParameters,
            definition: try definition.mapReferences(transform),
            docs: docs
        )
    }
}

extension TypeDescription: Sendable where Reference: Sendable {}
extension TypeDescription: Equatable where Reference: Equatable {}
extension TypeDescription: Hashable where Reference: Hashable {}

extension TypeDescription: ScaleEncodable where Reference: ScaleEncodable {
    /// Appends `path: Vec<String>`, `params: Vec<TypeParameter>`, `def: TypeDef`, `docs: Vec<String>`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(path)
        encoder.encode(parameters)
        encoder.encode(definition)
        encoder.encode(docs)
    }
}
