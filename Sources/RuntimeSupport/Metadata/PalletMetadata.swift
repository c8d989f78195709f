import SCALE

/// Describes one pallet for clients: its storage, calls, events, constants and errors, and its index.
///
/// The index must equal the pallet's variant index in the outer `RuntimeCall`/`RuntimeEvent` and the
/// first byte of its calls, events and module errors; substrate-interface looks errors up by it.
/// Calls, events and errors are variant types with 3-segment paths such as
/// `pallet_balances::pallet::Call` (a 2-segment path is mistaken for the outer call type).
public struct PalletMetadata: Sendable {
    /// The pallet's name (`System`, `Balances`).
    public var name: String
    /// The pallet's index in the runtime.
    public var index: UInt8
    /// The storage prefix and items, or `nil` if the pallet has no storage.
    public var storage: PalletStorageMetadata?
    /// The pallet's call enum, or `nil` if it has no calls.
    public var calls: TypeReference?
    /// The pallet's event enum, or `nil` if it emits none.
    public var event: TypeReference?
    /// The pallet's constants.
    public var constants: [PalletConstantMetadata]
    /// The pallet's error enum, or `nil` if it has none.
    public var error: TypeReference?

    /// Describes a pallet.
    /// - Parameters:
    ///   - name: the pallet's name.
    ///   - index: the pallet's index in the runtime.
    ///   - storage: its storage, if any.
    ///   - calls: its call enum, if any.
    ///   - event: its event enum, if any.
    ///   - constants: its constants.
    ///   - error: its error enum, if any.
    public init(
        name: String,
        index: UInt8,
        storage: PalletStorageMetadata? = nil,
        calls: TypeReference? = nil,
        event: TypeReference? = nil,
        constants: [PalletConstantMetadata] = [],
        error: TypeReference? = nil
    ) {
        self.name = name
        self.index = index
        self.storage = storage
        self.calls = calls
        self.event = event
        self.constants = constants
        self.error = error
    }

    /// Appends `PalletMetadata`, registering the types it names in field order.
    func encode(to encoder: inout ScaleEncoder, registry: inout TypeRegistry) {
        encoder.encode(name)
        if let storage {
            encoder.encode(variantIndex: 1)
            encoder.encode(storage.prefix)
            encoder.encode(compactLength: storage.entries.count)
            for entry in storage.entries { entry.encode(to: &encoder, registry: &registry) }
        } else {
            encoder.encode(variantIndex: 0)
        }
        encoder.encode(calls.map { registry.register($0) })
        encoder.encode(event.map { registry.register($0) })
        encoder.encode(compactLength: constants.count)
        for constant in constants { constant.encode(to: &encoder, registry: &registry) }
        encoder.encode(error.map { registry.register($0) })
        encoder.encode(index)
    }
}
