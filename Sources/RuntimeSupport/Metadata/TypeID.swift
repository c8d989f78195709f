public import SCALE

/// The position of a type in a `PortableRegistry`, by which metadata refers to types.
///
/// Ids are dense: the registry assigns 0, 1, 2, … in first-registration order, and clients index
/// the registry's array by them. On the wire an id is a `Compact<u32>`.
public struct TypeID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The id's number, equal to the type's index in the registry.
    public let rawValue: UInt32

    /// Wraps an id number; only a `TypeRegistry` hands out meaningful ones.
    public init(_ rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Orders ids by number, which is also registration order.
    public static func < (lhs: TypeID, rhs: TypeID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The id as `#n`, for test failures and debugging.
    public var description: String { "#\(rawValue)" }
}

extension TypeID: ScaleEncodable {
    /// Appends the id as a `Compact<u32>`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(Compact(rawValue))
    }
}
