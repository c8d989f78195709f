public import SCALE

/// A generic parameter of a described type (`T` of `Option<T>`, `AccountId` of `MultiAddress`).
///
/// Clients read parameters to find concrete types (the `Call` of `UncheckedExtrinsic`, the `T` of
/// `Option`), so a parameter that stands for a type in the metadata carries it; a parameter that
/// is only a marker (FRAME's `T: Config`) has `type == nil`.
public struct TypeParameter<Reference> {
    /// The parameter's name as the Rust source spells it.
    public var name: String
    /// The concrete type bound to the parameter, if it is described.
    public var type: Reference?

    /// Describes a generic parameter.
    /// - Parameters:
    ///   - name: the parameter's name.
    ///   - type: the concrete type, or `nil` for a skipped marker parameter.
    public init(name: String, type: Reference?) {
        self.name = name
        self.type = type
    }

    /// The same parameter with its type reference transformed.
    /// - Parameter transform: maps the type reference, if there is one.
    /// - Returns: the parameter over the new reference.
    public func mapReference<New>(_ transform: (Reference) throws -> New) rethrows -> TypeParameter<New> {
        TypeParameter<New>(name: name, type: try type.map(transform))
    }
}

extension TypeParameter: Sendable where Reference: Sendable {}
extension TypeParameter: Equatable where Reference: Equatable {}
extension TypeParameter: Hashable where Reference: Hashable {}

extension TypeParameter: ScaleEncodable where Reference: ScaleEncodable {
    /// Appends `name: String`, `ty: Option<Compact<u32>>`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(name)
        encoder.encode(type)
    }
}
