/// One entry of a contract's scale-info type registry: what a type id stands for, so values of it can
/// be encoded and decoded (pink-abi.md §6.1, the metadata's `types`).
public struct ContractType: Sendable, Hashable {
    /// A struct or tuple-struct field, or a variant's field.
    public struct Field: Sendable, Hashable {
        /// The field's name; nil for tuple-struct fields.
        public var name: String?
        /// The field's type id.
        public var type: UInt32

        /// Creates a field.
        public init(name: String?, type: UInt32) {
            self.name = name
            self.type = type
        }
    }

    /// One case of an enum.
    public struct Variant: Sendable, Hashable {
        /// The case's name, e.g. `"Ok"`.
        public var name: String
        /// The byte that encodes the case.
        public var index: UInt8
        /// The case's fields, empty for a plain case.
        public var fields: [Field]

        /// Creates a variant.
        public init(name: String, index: UInt8, fields: [Field]) {
            self.name = name
            self.index = index
            self.fields = fields
        }
    }

    /// The primitive types scale-info names.
    public enum Primitive: String, Sendable, Hashable {
        /// `bool` (one byte), `char` (a Unicode scalar as u32) and `str` (compact length, UTF-8).
        case bool, char, str
        /// Unsigned little-endian integers.
        case u8, u16, u32, u64, u128, u256
        /// Signed little-endian two's-complement integers.
        case i8, i16, i32, i64, i128, i256
    }

    /// The shape of a type.
    public indirect enum Definition: Sendable, Hashable {
        /// A struct: its fields in encoding order.
        case composite([Field])
        /// An enum: its cases.
        case variant([Variant])
        /// A vector: a compact length, then the elements.
        case sequence(element: UInt32)
        /// A fixed-length array: the elements only.
        case array(length: Int, element: UInt32)
        /// A tuple: each element in order; `()` is the empty tuple.
        case tuple([UInt32])
        /// A primitive.
        case primitive(Primitive)
        /// An unsigned integer in SCALE's compact encoding.
        case compact(UInt32)
        /// A kind this reader does not encode or decode (e.g. `bitSequence`), named as the metadata
        /// writes it; a bundle with one still loads, and only values of it fail.
        case unsupported(kind: String)
    }

    /// The Rust path, e.g. `["ink_primitives", "types", "AccountId"]`; empty for built-in types.
    public var path: [String]
    /// The shape.
    public var definition: Definition

    /// Creates a registry entry.
    public init(path: [String], definition: Definition) {
        self.path = path
        self.definition = definition
    }

    /// A name for messages: the path's last segment, or the shape for unnamed types.
    public var displayName: String {
        if let last = path.last { return last }
        switch definition {
        case .composite: return "struct"
        case .variant: return "enum"
        case .sequence: return "Vec"
        case .array(let length, _): return "[_; \(length)]"
        case .tuple(let elements): return elements.isEmpty ? "()" : "tuple"
        case .primitive(let primitive): return primitive.rawValue
        case .compact: return "Compact"
        case .unsupported(let kind): return kind
        }
    }
}
