public import SCALE

/// A single typed value in state (FRAME's `StorageValue`), stored under `twox128(pallet) ‖ twox128(name)`.
///
/// Declared once in a pallet's `Storage` namespace and used with the block's `Overlay`:
/// `try Storage.number.value(in: &state)`. An item declared with a `default` reads as that default when
/// absent (FRAME's `ValueQuery`); one declared without reads as nil (`OptionQuery`).
public struct StorageValue<Value: ScaleCodable & Sendable>: Sendable {
    /// The pallet, the item name and the key.
    public let location: StorageLocation
    /// What an absent value reads as; nil for an optional item.
    public let defaultValue: Value?

    /// Declares an item.
    /// - Parameters:
    ///   - pallet: the pallet's storage prefix, e.g. `"System"`.
    ///   - name: the item's name, e.g. `"Number"`.
    ///   - default: what an absent value reads as; nil makes the item optional.
    public init(pallet: String, name: String, default defaultValue: Value? = nil) {
        location = StorageLocation(pallet: pallet, item: name)
        self.defaultValue = defaultValue
    }

    /// The storage key.
    public var key: [UInt8] { location.prefix }

    /// Whether metadata lists the item as optional or defaulted.
    public var modifier: StorageModifier { defaultValue == nil ? .optional : .default }

    /// The stored value, else the default (nil for an optional item).
    /// - Parameter state: the block's state.
    /// - Returns: the value, or nil.
    /// - Throws: `DispatchError.corruption` for a stored value that does not decode,
    ///   `.unavailable` when the state cannot be read.
    public func get(in state: inout Overlay) throws(DispatchError) -> Value? {
        try state.decoded(Value.self, forKey: key) ?? defaultValue
    }

    /// The stored value or the default, for an item declared with a default.
    /// - Parameter state: the block's state.
    /// - Returns: the value.
    /// - Throws: as `get(in:)`.
    public func value(in state: inout Overlay) throws(DispatchError) -> Value {
        guard let value = try get(in: &state) else {
            preconditionFailure("\(location.pallet).\(location.item) has no default; read it with get(in:)")
        }
        return value
    }

    /// Whether a value is stored (a default does not count).
    /// - Parameter state: the block's state.
    /// - Returns: true when the key holds a value.
    /// - Throws: `DispatchError.unavailable` when the state cannot be read.
    public func exists(in state: inout Overlay) throws(DispatchError) -> Bool {
        do { return try state.contains(key: key) } catch { throw .unavailable }
    }

    /// Stores `value`.
    /// - Parameters:
    ///   - value: the new value.
    ///   - state: the block's state.
    public func set(_ value: Value, in state: inout Overlay) {
        state.set(value.scaleEncoded(), forKey: key)
    }

    /// Removes the value; it then reads as the default.
    /// - Parameter state: the block's state.
    public func kill(in state: inout Overlay) {
        state.remove(key: key)
    }

    /// Reads the value (or default) and removes it.
    /// - Parameter state: the block's state.
    /// - Returns: what `get(in:)` returned.
    /// - Throws: as `get(in:)`.
    public func take(in state: inout Overlay) throws(DispatchError) -> Value? {
        let value = try get(in: &state)
        kill(in: &state)
        return value
    }

    /// Reads the value (or default), lets `body` change it, and stores the result if `body` returns.
    /// - Parameters:
    ///   - state: the block's state.
    ///   - body: the change; throwing leaves the value as it was.
    /// - Returns: what `body` returns.
    /// - Throws: as `get(in:)`, or `body`'s error.
    public func mutate<Result>(
        in state: inout Overlay,
        _ body: (inout Value) throws(DispatchError) -> Result
    ) throws(DispatchError) -> Result {
        var value = try self.value(in: &state)
        let result = try body(&value)
        set(value, in: &state)
        return result
    }
}

extension StorageValue {
    /// Appends one element to a vector item without reading it back (Substrate's `append`).
    /// - Parameters:
    ///   - element: the element to append.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.unavailable` when the existing vector cannot be read.
    public func append<Element: ScaleEncodable>(_ element: Element, in state: inout Overlay) throws(DispatchError)
    where Value == [Element] {
        do { try state.append(element.scaleEncoded(), toVectorAt: key) } catch { throw .unavailable }
    }
}
