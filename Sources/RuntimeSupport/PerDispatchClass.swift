public import SCALE

/// One value per dispatch class, as System tracks block weight (frame-support's `PerDispatchClass`).
///
/// SCALE: `normal ‖ operational ‖ mandatory`.
public struct PerDispatchClass<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value for normal calls.
    public var normal: Value
    /// The value for operational calls.
    public var operational: Value
    /// The value for mandatory calls (inherents).
    public var mandatory: Value

    /// Creates the three values.
    public init(normal: Value, operational: Value, mandatory: Value) {
        self.normal = normal
        self.operational = operational
        self.mandatory = mandatory
    }

    /// The value for `dispatchClass`.
    public subscript(_ dispatchClass: DispatchClass) -> Value {
        get {
            switch dispatchClass {
            case .normal: normal
            case .operational: operational
            case .mandatory: mandatory
            }
        }
        set {
            switch dispatchClass {
            case .normal: normal = newValue
            case .operational: operational = newValue
            case .mandatory: mandatory = newValue
            }
        }
    }
}

extension PerDispatchClass: ScaleEncodable where Value: ScaleEncodable {
    /// Appends the three values in class order.
    public func encode(to encoder: inout ScaleEncoder) {
        encoder.encode(tuple: normal, operational, mandatory)
    }
}

extension PerDispatchClass: ScaleDecodable where Value: ScaleDecodable {
    /// Reads the three values in class order.
    public init(from decoder: inout ScaleDecoder) throws(ScaleDecodingError) {
        normal = try decoder.decode()
        operational = try decoder.decode()
        mandatory = try decoder.decode()
    }
}

extension PerDispatchClass where Value == Weight {
    /// No weight in any class.
    public static var zero: Self { Self(normal: .zero, operational: .zero, mandatory: .zero) }

    /// The three weights added up.
    public var total: Weight { normal.saturatingAdding(operational).saturatingAdding(mandatory) }
}
