/// How a type description names another type: lazily, by an identity the registry interns.
///
/// A reference is not resolved when a description is built; a `TypeRegistry` resolves it on
/// registration, which is what lets a type refer to itself (recursion) or to a type described
/// later. Two references with the same identity always get the same `TypeID`.
public struct TypeReference: Sendable {
    /// What makes two references the same type.
    enum Identity: Hashable, Sendable {
        /// A Swift type, generic arguments included (`Optional<UInt32>` differs from `Optional<UInt8>`).
        case type(ObjectIdentifier)
        /// An anonymous tuple of these element types.
        case tuple([Identity])
        /// A type with no Swift counterpart, named by its description's author, with the identities
        /// of the types it is generic over.
        case named(String, arguments: [Identity])
    }

    /// The type's identity in a registry.
    let identity: Identity
    /// Produces the description when the registry meets the type for the first time.
    private let describe: @Sendable () -> TypeDescription<TypeReference>

    /// The referenced type's description, for a conformer that forwards to a ready-made reference
    /// (`static var typeInfo { TypeReference.weight.typeDescription }`).
    public var typeDescription: TypeDescription<TypeReference> { describe() }

    /// Refers to a Swift type described by its own `typeInfo`.
    /// - Parameter type: the conforming type.
    public init<T: TypeInfo>(describing type: T.Type) {
        identity = .type(ObjectIdentifier(type))
        describe = { T.typeInfo }
    }

    private init(identity: Identity, describe: @escaping @Sendable () -> TypeDescription<TypeReference>) {
        self.identity = identity
        self.describe = describe
    }

    /// Refers to a conforming type, through its `typeReference` (so aliases like `Balance` resolve to `u128`).
    /// - Parameter type: the conforming type.
    /// - Returns: the type's reference.
    public static func of<T: TypeInfo>(_ type: T.Type) -> TypeReference {
        T.typeReference
    }

    /// Refers to the anonymous tuple `(A, B, …)`; Swift tuples cannot conform to protocols.
    /// - Parameter elements: the element types in order.
    /// - Returns: the tuple's reference.
    public static func tuple(_ elements: [TypeReference]) -> TypeReference {
        TypeReference(identity: .tuple(elements.map(\.identity))) {
            TypeDescription(definition: .tuple(elements))
        }
    }

    /// The empty tuple `()`, used for marker parameters and empty signed-extension data.
    public static var unit: TypeReference { tuple([]) }

    /// Refers to a type that has no Swift counterpart of its own (`Digest`, `RuntimeCall`, a
    /// signed extension), described by a closure.
    /// - Parameters:
    ///   - name: a name unique among such types; the Rust path joined by `::` is a good choice.
    ///   - arguments: the types it is generic over, which make different instances different types.
    ///   - describe: builds the description when the registry first meets the type.
    /// - Returns: the type's reference.
    public static func named(
        _ name: String,
        arguments: [TypeReference] = [],
        describe: @escaping @Sendable () -> TypeDescription<TypeReference>
    ) -> TypeReference {
        TypeReference(identity: .named(name, arguments: arguments.map(\.identity)), describe: describe)
    }
}
