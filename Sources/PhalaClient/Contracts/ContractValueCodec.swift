public import JSONRPC
import PhalaPrimitives
import SCALE

/// Turns values written as JSON (or plain command-line text) into a contract's SCALE input, and a
/// contract's SCALE output back into JSON, following the bundle's scale-info type registry
/// (pink-abi.md §6.1, §6.3).
///
/// Values accepted for each kind of type:
/// - `bool`: `true`/`false`; integers: JSON numbers or decimal strings, checked against the range;
///   `str`: a string; `char`: a one-character string.
/// - Structs: an object by field name, an array in field order, or, for a one-field struct, the field's
///   value itself. `AccountId` (any 32-byte struct named so): an SS58 address or 0x-hex.
/// - Enums: `"Name"` for a case without fields, `{"Name": value}` otherwise (several fields: an array or
///   object). `Option`: `null` is None, any other value is Some of it (or `{"Some": v}`/`{"None": null}`).
/// - `Vec<u8>` and `[u8; N]`: 0x-hex (or an array of numbers); other sequences, arrays and tuples:
///   JSON arrays; `()`: `null` or `[]`. Compact integers: numbers.
///
/// Decoding shows the same shapes back: `Option` as null or its value, byte strings as 0x-hex, account
/// ids as SS58, integers beyond 64 bits as exact JSON numbers.
public struct ContractValueCodec: Sendable {
    /// The registry type ids refer to.
    public let types: [UInt32: ContractType]

    /// Creates a codec over a bundle's registry.
    /// - Parameter types: the registry (`ContractBundle.types`).
    public init(types: [UInt32: ContractType]) {
        self.types = types
    }

    /// Reads one command-line argument: as JSON when it parses (`42`, `true`, `[1,2]`, `"text"`, `null`),
    /// else as the text itself (so `hello` and `5Grw…` need no quotes).
    /// - Parameter text: the argument as typed.
    /// - Returns: the JSON value to encode.
    public static func value(ofArgument text: String) -> JSONValue {
        (try? JSONValue(parsing: text)) ?? .string(text)
    }

    /// The call input: the selector, then each argument encoded by its declared type (pink-abi.md §6.3).
    /// - Parameters:
    ///   - message: the constructor or message.
    ///   - arguments: one value per declared argument, in order.
    /// - Returns: selector ‖ SCALE(arg1) ‖ SCALE(arg2) ‖ …
    /// - Throws: `ContractError.Kind.invalidArgument` naming the argument and why it does not fit.
    public func callData(_ message: ContractMessage, arguments: [JSONValue]) throws(ContractError) -> [UInt8] {
        guard arguments.count == message.arguments.count else {
            throw ContractError(
                .invalidArgument,
                "`\(message.label)` takes \(message.arguments.count) argument(s), \(arguments.count) given: "
                    + message.signature
            )
        }
        var encoder = ScaleEncoder()
        encoder.append(message.selector)
        for (declared, value) in zip(message.arguments, arguments) {
            do { try encode(value, as: declared.type, into: &encoder) } catch {
                throw error.within("argument `\(declared.label)` (\(declared.displayName.joined(separator: "::")))")
            }
        }
        return encoder.bytes
    }

    /// Encodes one value by its type.
    /// - Parameters:
    ///   - value: the value as JSON.
    ///   - type: its type id.
    /// - Returns: its SCALE encoding.
    /// - Throws: `ContractError.Kind.invalidArgument` saying where and why it does not fit.
    public func encode(_ value: JSONValue, as type: UInt32) throws(ContractError) -> [UInt8] {
        var encoder = ScaleEncoder()
        try encode(value, as: type, into: &encoder)
        return encoder.bytes
    }

    /// Decodes what a message or constructor returned by its declared type; trailing bytes are
    /// ignored (an ink! 4 constructor emits `0x00 0x00` for `ConstructorResult<()>`, pink-abi.md §6.3).
    /// - Parameters:
    ///   - output: the `data` of the contract's `ExecReturnValue`.
    ///   - message: the message called.
    /// - Returns: the value as JSON (`{"Ok": …}`/`{"Err": …}` for ink! 4's `MessageResult`); `null`
    ///   for a message without a declared return type.
    /// - Throws: `ContractError.Kind.invalidResult` when the bytes do not decode as the type.
    public func decodeOutput(_ output: [UInt8], of message: ContractMessage) throws(ContractError) -> JSONValue {
        guard let type = message.returnType else { return .null }
        return try decode(output, as: type)
    }

    /// Decodes a value of `type` from the start of `bytes`; trailing bytes are ignored.
    /// - Parameters:
    ///   - bytes: the encoding.
    ///   - type: its type id.
    /// - Returns: the value as JSON.
    /// - Throws: `ContractError.Kind.invalidResult` when the bytes do not decode as the type.
    public func decode(_ bytes: [UInt8], as type: UInt32) throws(ContractError) -> JSONValue {
        var decoder = ScaleDecoder(bytes)
        return try decode(as: type, from: &decoder, depth: 0)
    }

    func type(_ id: UInt32, _ kind: ContractError.Kind) throws(ContractError) -> ContractType {
        guard let type = types[id] else {
            throw ContractError(kind, "the metadata refers to type \(id), which its `types` does not define")
        }
        return type
    }

    /// Whether `id` is `u8`, so sequences and arrays of it are byte strings.
    func isByte(_ id: UInt32) -> Bool {
        types[id]?.definition == .primitive(.u8)
    }

    /// Whether `type` is a 32-byte account id (ink!'s `AccountId`, a struct over `[u8; 32]`).
    func isAccountId(_ type: ContractType) -> Bool {
        guard type.path.last == "AccountId", case .composite(let fields) = type.definition, fields.count == 1,
            case .array(32, let element)? = types[fields[0].type]?.definition
        else { return false }
        return isByte(element)
    }
}
