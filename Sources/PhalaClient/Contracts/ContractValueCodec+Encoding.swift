import JSONRPC
import PhalaPrimitives
import SCALE

extension ContractValueCodec {
    static func mismatch(_ expected: String, _ value: JSONValue) -> ContractError {
        ContractError(.invalidArgument, "expected \(expected), got \(value)")
    }

    func encode(_ value: JSONValue, as id: UInt32, into encoder: inout ScaleEncoder) throws(ContractError) {
        let type = try type(id, .invalidArgument)
        switch type.definition {
        case .primitive(let primitive):
            try encode(value, as: primitive, into: &encoder)
        case .compact:
            let (negative, magnitude) = try Self.integer(value)
            guard !negative else { throw Self.mismatch("a non-negative integer", value) }
            encoder.encode(Compact(magnitude))
        case .sequence(let element):
            if isByte(element), let bytes = try Self.hexBytes(value) {
                encoder.encode(bytes)
                return
            }
            guard let elements = value.array else {
                throw Self.mismatch("a JSON array\(isByte(element) ? " or 0x-hex" : "")", value)
            }
            encoder.encode(compactLength: elements.count)
            try encode(elements, as: Array(repeating: element, count: elements.count), into: &encoder)
        case .array(let length, let element):
            if isByte(element), let bytes = try Self.hexBytes(value) {
                guard bytes.count == length else {
                    throw ContractError(.invalidArgument, "expected \(length) bytes, got \(bytes.count)")
                }
                encoder.append(bytes)
                return
            }
            guard let elements = value.array, elements.count == length else {
                throw Self.mismatch("an array of \(length) elements\(isByte(element) ? " or 0x-hex" : "")", value)
            }
            try encode(elements, as: Array(repeating: element, count: length), into: &encoder)
        case .tuple(let elements):
            if elements.isEmpty, value == .null || value.array?.isEmpty == true { return }
            if elements.count == 1, value.array?.count != 1 {
                try encode(value, as: elements[0], into: &encoder)
                return
            }
            guard let values = value.array, values.count == elements.count else {
                throw Self.mismatch("an array of \(elements.count) elements", value)
            }
            try encode(values, as: elements, into: &encoder)
        case .composite(let fields):
            try encodeComposite(value, type: type, fields: fields, into: &encoder)
        case .variant(let variants):
            try encodeVariant(value, type: type, variants: variants, into: &encoder)
        case .unsupported(let kind):
            throw ContractError(.invalidArgument, "type \(id) is a \(kind), which this encoder does not support")
        }
    }

    private func encode(_ values: [JSONValue], as ids: [UInt32], into encoder: inout ScaleEncoder)
        throws(ContractError)
    {
        for (position, (value, id)) in zip(values, ids).enumerated() {
            do { try encode(value, as: id, into: &encoder) } catch { throw error.within("element \(position)") }
        }
    }

    private func encodeComposite(
        _ value: JSONValue,
        type: ContractType,
        fields: [ContractType.Field],
        into encoder: inout ScaleEncoder
    ) throws(ContractError) {
        if isAccountId(type), let text = value.string {
            encoder.append(try Self.accountId(text))
            return
        }
        // A one-field wrapper takes its field's value directly unless the value names the field.
        if fields.count == 1, fields[0].name.map({ value[$0] == nil }) ?? true {
            try encode(value, as: fields[0].type, into: &encoder)
            return
        }
        try encodeFields(value, fields, typeName: type.displayName, into: &encoder)
    }

    /// Encodes `fields` from an object by name or an array in order.
    private func encodeFields(
        _ value: JSONValue,
        _ fields: [ContractType.Field],
        typeName: String,
        into encoder: inout ScaleEncoder
    ) throws(ContractError) {
        if let object = value.object, fields.allSatisfy({ $0.name != nil }) {
            for field in fields {
                guard let name = field.name, let member = object[name] else {
                    throw ContractError(.invalidArgument, "\(typeName) needs field `\(field.name ?? "")`")
                }
                do { try encode(member, as: field.type, into: &encoder) } catch {
                    throw error.within("field `\(name)`")
                }
            }
            return
        }
        guard let values = value.array, values.count == fields.count else {
            throw Self.mismatch("\(typeName) as an object or an array of \(fields.count) fields", value)
        }
        try encode(values, as: fields.map(\.type), into: &encoder)
    }

    private func encodeVariant(
        _ value: JSONValue,
        type: ContractType,
        variants: [ContractType.Variant],
        into encoder: inout ScaleEncoder
    ) throws(ContractError) {
        let names = variants.map(\.name).joined(separator: ", ")
        let isOption = type.path == ["Option"] && variants.map(\.name) == ["None", "Some"]
        let chosen: (ContractType.Variant, JSONValue)
        if let name = value.string, let variant = variants.first(where: { $0.name == name && $0.fields.isEmpty }) {
            chosen = (variant, .null)
        } else if let object = value.object, object.count == 1,
            let variant = variants.first(where: { $0.name == object[0].key })
        {
            chosen = (variant, object[0].value)
        } else if isOption {
            chosen = value == .null ? (variants[0], .null) : (variants[1], value)
        } else {
            throw Self.mismatch("one of \(names) as \"Name\" or {\"Name\": value}", value)
        }
        let (variant, payload) = chosen
        encoder.encode(variantIndex: variant.index)
        do {
            switch variant.fields.count {
            case 0: return
            case 1 where variant.fields[0].name == nil || payload.object == nil:
                try encode(payload, as: variant.fields[0].type, into: &encoder)
            default: try encodeFields(payload, variant.fields, typeName: variant.name, into: &encoder)
            }
        } catch { throw error.within(variant.name) }
    }

    private func encode(_ value: JSONValue, as primitive: ContractType.Primitive, into encoder: inout ScaleEncoder)
        throws(ContractError)
    {
        switch primitive {
        case .bool:
            guard let flag = value.bool ?? value.string.flatMap(Bool.init) else {
                throw Self.mismatch("true or false", value)
            }
            encoder.encode(flag)
        case .str:
            switch value {
            case .string(let text): encoder.encode(text)
            case .integer, .unsignedInteger, .decimal, .bool: encoder.encode(value.description)
            default: throw Self.mismatch("a string", value)
            }
        case .char:
            guard let text = value.string, text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
                throw Self.mismatch("a one-character string", value)
            }
            encoder.encode(scalar.value)
        case .u256, .i256:
            throw ContractError(.invalidArgument, "256-bit integers are not supported; pass the raw bytes instead")
        case .u8, .u16, .u32, .u64, .u128:
            let (negative, magnitude) = try Self.integer(value)
            let bits = Self.bitWidth(primitive)
            guard !negative, bits == 128 || magnitude >> bits == 0 else {
                throw ContractError(.invalidArgument, "\(value) is outside \(primitive.rawValue)'s range 0…2^\(bits)-1")
            }
            Self.appendLittleEndian(magnitude, bytes: bits / 8, into: &encoder)
        case .i8, .i16, .i32, .i64, .i128:
            let (negative, magnitude) = try Self.integer(value)
            let bits = Self.bitWidth(primitive)
            let limit = UInt128(1) << (bits - 1)
            guard negative ? magnitude <= limit : magnitude < limit else {
                throw ContractError(.invalidArgument, "\(value) is outside \(primitive.rawValue)'s range")
            }
            let twosComplement = negative ? (~magnitude &+ 1) : magnitude
            Self.appendLittleEndian(twosComplement, bytes: bits / 8, into: &encoder)
        }
    }

    static func bitWidth(_ primitive: ContractType.Primitive) -> Int {
        switch primitive {
        case .u8, .i8: 8
        case .u16, .i16: 16
        case .u32, .i32, .char: 32
        case .u64, .i64: 64
        case .u128, .i128: 128
        case .u256, .i256: 256
        case .bool, .str: 0
        }
    }

    private static func appendLittleEndian(_ value: UInt128, bytes: Int, into encoder: inout ScaleEncoder) {
        var rest = value
        for _ in 0..<bytes {
            encoder.append(byte: UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }

    /// An integer's sign and magnitude from a JSON number or a decimal string.
    static func integer(_ value: JSONValue) throws(ContractError) -> (negative: Bool, magnitude: UInt128) {
        switch value {
        case .integer(let number): return (number < 0, UInt128(number.magnitude))
        case .unsignedInteger(let number): return (false, UInt128(number))
        case .decimal(let text), .string(let text):
            var digits = Substring(text.replacingUnderscores())
            let negative = digits.first == "-"
            if negative { digits = digits.dropFirst() }
            guard !digits.isEmpty, let magnitude = UInt128(digits, radix: 10) else {
                throw mismatch("an integer (JSON number or decimal string)", value)
            }
            return (negative, magnitude)
        default:
            throw mismatch("an integer", value)
        }
    }

    /// The bytes of a 0x-hex string; nil for values that are not strings.
    private static func hexBytes(_ value: JSONValue) throws(ContractError) -> [UInt8]? {
        guard let text = value.string else { return nil }
        guard text.hasPrefix("0x"), let bytes = try? Hex.decode(text) else {
            throw mismatch("0x-prefixed hex bytes", value)
        }
        return bytes
    }

    /// A 32-byte account id from an SS58 address or 0x-hex.
    private static func accountId(_ text: String) throws(ContractError) -> [UInt8] {
        if text.hasPrefix("0x") {
            guard let bytes = try? FixedBytes<32>(hex: text) else {
                throw ContractError(.invalidArgument, "\(text) is not 32 bytes of 0x-hex")
            }
            return bytes.bytes
        }
        do { return try AccountId32(ss58: text).raw.bytes } catch {
            throw ContractError(.invalidArgument, "\(text) is not an SS58 address or 0x account id: \(error)")
        }
    }
}

extension String {
    /// The text without `_` digit separators (`1_000_000`).
    fileprivate func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
