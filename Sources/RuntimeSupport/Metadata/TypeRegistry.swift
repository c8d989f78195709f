/// Collects the types metadata refers to and gives each a dense id, as scale-info's `Registry` does.
///
/// Registering a type assigns its id before its dependencies are registered (parameters first,
/// then fields in order), so ids follow a pre-order walk from each root and a recursive type finds
/// its own id already assigned. Registering the same identity again returns the first id.
public struct TypeRegistry: Sendable {
    /// The registered descriptions; a type's id is its index.
    public private(set) var types: [TypeDescription<TypeID>] = []
    private var ids: [TypeReference.Identity: TypeID] = [:]

    /// Creates an empty registry.
    public init() {}

    /// Registers a type and everything it refers to, if not registered yet.
    /// - Parameter reference: the type to register.
    /// - Returns: the type's id.
    public mutating func register(_ reference: TypeReference) -> TypeID {
        if let known = ids[reference.identity] { return known }
        let id = TypeID(UInt32(types.count))
        ids[reference.identity] = id
        // Reserve the slot first so that recursive references resolve to `id`.
        types.append(TypeDescription(definition: .tuple([])))
        let described = reference.typeDescription.mapReferences { register($0) }
        types[Int(id.rawValue)] = described
        return id
    }

    /// Registers a conforming Swift type and everything it refers to.
    /// - Parameter type: the type to register.
    /// - Returns: the type's id.
    public mutating func register<T: TypeInfo>(_ type: T.Type) -> TypeID {
        register(.of(type))
    }

    /// The registry in the form metadata carries.
    public var portable: PortableRegistry { PortableRegistry(types: types) }
}
