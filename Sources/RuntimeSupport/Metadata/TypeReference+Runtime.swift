// The runtime-level types that `PhalaRuntime` composes from its pallets.
extension TypeReference {
    /// One pallet's entry in an outer enum: its name, its index, and its own call/event/error enum.
    public struct PalletPart: Sendable {
        /// The pallet's name, which becomes the variant name.
        public var name: String
        /// The pallet's index, which becomes the variant index.
        public var index: UInt8
        /// The pallet's own enum, the variant's single field.
        public var type: TypeReference

        /// Names one pallet's part of an outer enum.
        /// - Parameters:
        ///   - name: the pallet's name.
        ///   - index: the pallet's index in the runtime.
        ///   - type: the pallet's call, event or error enum.
        public init(name: String, index: UInt8, type: TypeReference) {
            self.name = name
            self.index = index
            self.type = type
        }
    }

    /// An outer enum such as `phala_runtime::RuntimeCall` or `::RuntimeEvent`: one variant per
    /// pallet, named and indexed like the pallet, wrapping the pallet's own enum. Clients need the
    /// 2-segment `<crate>_runtime::Runtime…` path.
    /// - Parameters:
    ///   - path: the Rust path, e.g. `["phala_runtime", "RuntimeCall"]`.
    ///   - pallets: the pallets that have this part, in index order.
    /// - Returns: the enum's reference.
    public static func outerEnum(path: [String], pallets: [PalletPart]) -> TypeReference {
        .named(path.joined(separator: "::")) {
            .variant(
                path: path,
                variants: pallets.map {
                    TypeVariant(name: $0.name, index: $0.index, fields: [TypeField(type: $0.type)])
                }
            )
        }
    }

    /// A composite at `path` with no fields, such as the runtime marker `phala_runtime::Runtime`.
    /// - Parameter path: the Rust path.
    /// - Returns: the type's reference.
    public static func marker(path: [String]) -> TypeReference {
        .named(path.joined(separator: "::")) { .composite(path: path, fields: []) }
    }

    /// `Vec<T>`; `[T]` refers to the same entry, so either spelling yields one type id.
    /// - Parameter element: the element type.
    /// - Returns: the sequence's reference.
    public static func sequence(of element: TypeReference) -> TypeReference {
        .named("Vec", arguments: [element]) { TypeDescription(definition: .sequence(element)) }
    }

    /// `[T; N]`; `FixedBytes<N>` and `InlineArray<N, UInt8>` refer to the same entry.
    /// - Parameters:
    ///   - length: the element count.
    ///   - element: the element type.
    /// - Returns: the array's reference.
    public static func array(length: Int, element: TypeReference) -> TypeReference {
        .named("[_; \(length)]", arguments: [element]) {
            TypeDescription(definition: .array(length: UInt32(length), element: element))
        }
    }
}
