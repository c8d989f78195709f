import SCALE

// FRAME's dispatch types as Substrate describes them, for the Swift types that encode the same way
// (their conformances return these references) and for the `System` events that carry them.
extension TypeReference {
    /// `sp_weights::weight_v2::Weight { ref_time: Compact<u64>, proof_size: Compact<u64> }`.
    /// Without this exact path substrate-interface falls back to a `u64` weight and misdecodes fees.
    public static var weight: TypeReference {
        .named("sp_weights::weight_v2::Weight") {
            .composite(
                path: ["sp_weights", "weight_v2", "Weight"],
                fields: [
                    TypeField(name: "ref_time", type: .of(Compact<UInt64>.self), typeName: "u64"),
                    TypeField(name: "proof_size", type: .of(Compact<UInt64>.self), typeName: "u64"),
                ]
            )
        }
    }

    /// `frame_support::dispatch::DispatchInfo { weight, class, pays_fee }`, carried by `ExtrinsicSuccess`/`Failed`.
    public static var dispatchInfo: TypeReference {
        .named("frame_support::dispatch::DispatchInfo") {
            .composite(
                path: ["frame_support", "dispatch", "DispatchInfo"],
                fields: [
                    TypeField(name: "weight", type: .weight, typeName: "Weight"),
                    TypeField(name: "class", type: .dispatchClass, typeName: "DispatchClass"),
                    TypeField(name: "pays_fee", type: .pays, typeName: "Pays"),
                ]
            )
        }
    }

    /// `frame_support::dispatch::DispatchClass`: `Normal` = 0, `Operational` = 1, `Mandatory` = 2.
    public static var dispatchClass: TypeReference {
        fieldless("frame_support::dispatch::DispatchClass", ["Normal", "Operational", "Mandatory"])
    }

    /// `frame_support::dispatch::Pays`: `Yes` = 0, `No` = 1.
    public static var pays: TypeReference { fieldless("frame_support::dispatch::Pays", ["Yes", "No"]) }

    /// `sp_runtime::DispatchError` with all fourteen variants; `Module` carries `ModuleError`
    /// `{index: u8, error: [u8; 4]}`, from which substrate-interface finds the pallet error by index.
    public static var dispatchError: TypeReference {
        .named("sp_runtime::DispatchError") {
            let unit = { (name: String, index: UInt8) in TypeVariant<TypeReference>(name: name, index: index) }
            let wrapping = { (name: String, index: UInt8, type: TypeReference) in
                TypeVariant<TypeReference>(
                    name: name,
                    index: index,
                    fields: [TypeField(type: type, typeName: name + "Error")]
                )
            }
            return .variant(
                path: ["sp_runtime", "DispatchError"],
                variants: [
                    unit("Other", 0), unit("CannotLookup", 1), unit("BadOrigin", 2),
                    wrapping("Module", 3, .moduleError),
                    unit("ConsumerRemaining", 4), unit("NoProviders", 5), unit("TooManyConsumers", 6),
                    wrapping("Token", 7, .tokenError), wrapping("Arithmetic", 8, .arithmeticError),
                    wrapping("Transactional", 9, .transactionalError), unit("Exhausted", 10), unit("Corruption", 11),
                    unit("Unavailable", 12), unit("RootNotAllowed", 13),
                ]
            )
        }
    }

    /// `sp_runtime::ModuleError { index: u8, error: [u8; 4] }`: the pallet index and its error encoding.
    public static var moduleError: TypeReference {
        .named("sp_runtime::ModuleError") {
            .composite(
                path: ["sp_runtime", "ModuleError"],
                fields: [
                    TypeField(name: "index", type: .of(UInt8.self), typeName: "u8"),
                    TypeField(
                        name: "error",
                        type: .array(length: 4, element: .of(UInt8.self)),
                        typeName: "[u8; MAX_MODULE_ERROR_ENCODED_SIZE]"
                    ),
                ]
            )
        }
    }

    /// `sp_runtime::TokenError`, the reasons a balance operation fails.
    public static var tokenError: TypeReference {
        fieldless(
            "sp_runtime::TokenError",
            [
                "FundsUnavailable", "OnlyProvider", "BelowMinimum", "CannotCreate", "UnknownAsset", "Frozen",
                "Unsupported", "CannotCreateHold", "NotExpendable", "Blocked",
            ]
        )
    }

    /// `sp_arithmetic::ArithmeticError`: `Underflow`, `Overflow`, `DivisionByZero`.
    public static var arithmeticError: TypeReference {
        fieldless("sp_arithmetic::ArithmeticError", ["Underflow", "Overflow", "DivisionByZero"])
    }

    /// `sp_runtime::TransactionalError`: `LimitReached`, `NoLayer`.
    public static var transactionalError: TypeReference {
        fieldless("sp_runtime::TransactionalError", ["LimitReached", "NoLayer"])
    }

    /// An enum at `path` whose variants carry no fields, indexed 0, 1, 2, … in order.
    /// - Parameters:
    ///   - path: the Rust path joined by `::`.
    ///   - names: the variant names in index order.
    /// - Returns: the enum's reference.
    public static func fieldless(_ path: String, _ names: [String]) -> TypeReference {
        .named(path) {
            .variant(
                path: path.split(separator: "::").map(String.init),
                variants: names.enumerated().map { TypeVariant(name: $0.element, index: UInt8($0.offset)) }
            )
        }
    }
}
