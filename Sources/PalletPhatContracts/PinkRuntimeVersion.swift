public import RuntimeSupport
public import SCALE

/// The pink runtime version new clusters are created with (Phala's `PinkRuntimeVersion` value
/// `(u32, u32)`, encoded the same way; pRuntime's default is (1, 0)).
public struct PinkRuntimeVersion: Sendable, Hashable, ScaleCodable, TypeInfo {
    /// The major version.
    public var major: UInt32
    /// The minor version.
    public var minor: UInt32

    /// Sets both parts.
    /// - Parameters:
    ///   - major: the major version.
    ///   - minor: the minor version.
    public init(major: UInt32, minor: UInt32) {
        self.major = major
        self.minor = minor
    }

    /// Appends `major ‖ minor`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: major, minor)
    }

    /// Reads `major ‖ minor`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(major: try decoder.decode(), minor: try decoder.decode())
    }

    /// The tuple `(u32, u32)`, as Phala declares it.
    public static var typeInfo: TypeDescription<TypeReference> {
        TypeDescription(definition: .tuple([.of(UInt32.self), .of(UInt32.self)]))
    }
}
