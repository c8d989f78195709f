public import SCALE

/// The pink-system contract code new clusters deploy, with its version (Phala's `PinkSystemCode`
/// value `(u16, Vec<u8>)`, encoded the same way).
public struct PinkSystemCode: Sendable, Hashable, ScaleCodable {
    /// How many times governance set the code.
    public var version: UInt16
    /// The contract's Wasm code.
    public var code: [UInt8]

    /// Sets both fields.
    /// - Parameters:
    ///   - version: the version.
    ///   - code: the code.
    public init(version: UInt16, code: [UInt8]) {
        self.version = version
        self.code = code
    }

    /// Appends `version ‖ code`.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: version, code)
    }

    /// Reads `version ‖ code`.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        self.init(version: try decoder.decode(), code: try decoder.decode())
    }
}
