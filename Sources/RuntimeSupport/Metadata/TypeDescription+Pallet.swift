// The shape FRAME gives a pallet's `Call`, `Event` and `Error` enums in metadata.
extension TypeDescription where Reference == TypeReference {
    /// A pallet's call, event or error enum: path `<module>::pallet::<name>` (three segments, so
    /// clients do not take it for the outer `RuntimeCall`, substrate-rpc.md §13 trap 2) and FRAME's
    /// marker parameters (`T`, plus `I` for instantiable pallets) without types.
    /// - Parameters:
    ///   - module: the pallet's crate, e.g. `pallet_balances`.
    ///   - name: `Call`, `Event` or `Error`.
    ///   - instantiable: whether the pallet has FRAME's instance parameter `I`.
    ///   - variants: the variants with their wire names and indices.
    /// - Returns: the enum's description.
    public static func palletEnum(
        _ module: String,
        _ name: String,
        instantiable: Bool = false,
        variants: [TypeVariant<TypeReference>]
    ) -> Self {
        .variant(
            path: [module, "pallet", name],
            parameters: [TypeParameter(name: "T", type: nil)]
                + (instantiable ? [TypeParameter(name: "I", type: nil)] : []),
            variants: variants
        )
    }
}

extension TypeField where Reference == TypeReference {
    /// A named field of a pallet's call or event, typed by a Swift type's description.
    /// - Parameters:
    ///   - name: the snake_case field name clients use (`dest`, `amount`).
    ///   - type: the field's Swift type.
    ///   - typeName: the Rust spelling of the type (`T::Balance`).
    /// - Returns: the field.
    public static func named<T: TypeInfo>(_ name: String, _ type: T.Type, _ typeName: String) -> Self {
        TypeField(name: name, type: .of(type), typeName: typeName)
    }
}

extension PalletError {
    /// The pallet's error cases as metadata variants: each case's raw value is its index.
    /// - Parameter name: the case's wire name (`InsufficientBalance`).
    /// - Returns: the variants in index order.
    public static func variants(named name: (Self) -> String) -> [TypeVariant<TypeReference>] {
        allCases.sorted { $0.rawValue < $1.rawValue }.map { TypeVariant(name: name($0), index: $0.rawValue) }
    }
}
