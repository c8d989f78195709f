public import PhalaPrimitives
public import SCALE

/// A pallet's own error inside `DispatchError.module`: which pallet, and which case of its `Error` enum.
///
/// SCALE: `index: u8 ‖ error: [u8; 4]` (sp-runtime's `ModuleError`; its `message` is skipped). The
/// first error byte is the pallet's error index; the other three hold nested error data, zero for every
/// error this runtime defines. Clients look the error up by the pallet index in metadata, so `index`
/// must be the pallet's index in `RuntimeCall`.
public struct ModuleError: Sendable, Hashable {
    /// The pallet's index in the runtime.
    public var index: UInt8
    /// The four error bytes; byte 0 is the case of the pallet's `Error` enum.
    public var error: FixedBytes<4>

    /// Creates the error for case `error` of the pallet at `index`.
    /// - Parameters:
    ///   - index: the pallet's index in the runtime.
    ///   - error: the raw value of the pallet's error case.
    public init(index: UInt8, error: UInt8) {
        self.index = index
        self.error = FixedBytes(known: [error, 0, 0, 0])
    }

    /// Creates the error from all four error bytes, as decoded from the chain.
    /// - Parameters:
    ///   - index: the pallet's index.
    ///   - error: the four error bytes.
    public init(index: UInt8, error: FixedBytes<4>) {
        self.index = index
        self.error = error
    }
}

extension ModuleError: ScaleCodable {
    /// Appends the pallet index and the four error bytes.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: index, error)
    }

    /// Reads the pallet index and the four error bytes.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        index = try decoder.decode()
        error = try decoder.decode()
    }
}
