import JSONRPC
import PhalaPrimitives
import SCALE

extension ContractValueCodec {
    /// How deeply nested a decoded value may be; deeper (recursive) types are refused, not followed.
    static let maxDepth = 64

    func decode(as id: UInt32, from decoder: inout ScaleDecoder, depth: Int) throws(ContractError) -> JSONValue {
        guard depth < Self.maxDepth else {
            throw ContractError(.invalidResult, "the value nests deeper than \(Self.maxDepth) levels")
        }
        let type = try type(id, .invalidResult)
        do {
            switch type.definition {
            case .primitive(let primitive):
                return try Self.decode(primitive, from: &decoder)
            case .compact:
                return Self.json(try decoder.decode(Compact<UInt128>.self).value, negative: false)
            case .sequence(let element):
                let count = try decoder.decodeCompactLength()
                if isByte(element) { return .string(Hex.encode(try decoder.readBytes(count))) }
                return try decodeElements(Array(repeating: element, count: count), from: &decoder, depth: depth)
            case .array(let length, let element):
                if isByte(element) {
                    let bytes = try decoder.readBytes(length)
                    return .string(Hex.encode(bytes))
                }
                return try decodeElements(Array(repeating: element, count: length), from: &decoder, depth: depth)
            case .tuple(let elements):
                if elements.isEmpty { return .null }
                return try decodeElements(elements, from: &decoder, depth: depth)
            case .composite(let fields):
                if isAccountId(type) {
                    return .string(AccountId32(try FixedBytes<32>(decoder.readBytes(32))).ss58)
                }
                return try decodeFields(fields, from: &decoder, depth: depth)
            case .variant(let variants):
                let index = try decoder.readByte()
                guard let variant = variants.first(where: { $0.index == index }) else {
                    throw ContractError(
                        .invalidResult,
                        "\(type.displayName) has no variant \(index) (it has \(variants.map(\.name)))"
                    )
                }
                let isOption = type.path == ["Option"]
                if variant.fields.isEmpty { return isOption ? .null : .string(variant.name) }
                let payload = try decodeFields(variant.fields, from: &decoder, depth: depth)
                return isOption ? payload : .object([variant.name: payload])
            case .unsupported(let kind):
                throw ContractError(.invalidResult, "type \(id) is a \(kind), which this decoder does not support")
            }
        } catch let error as ScaleDecodingError {
            throw ContractError(.invalidResult, "the bytes do not decode as \(type.displayName): \(error)")
        } catch let error as ContractError {
            throw error
        } catch {
            throw ContractError(.invalidResult, "the bytes do not decode as \(type.displayName): \(error)")
        }
    }

    private func decodeElements(_ ids: [UInt32], from decoder: inout ScaleDecoder, depth: Int)
        throws(ContractError) -> JSONValue
    {
        var values: [JSONValue] = []
        for id in ids { values.append(try decode(as: id, from: &decoder, depth: depth + 1)) }
        return .array(values)
    }

    /// Named fields as an object, one unnamed field as its value, several as an array.
    private func decodeFields(_ fields: [ContractType.Field], from decoder: inout ScaleDecoder, depth: Int)
        throws(ContractError) -> JSONValue
    {
        if fields.count == 1, fields[0].name == nil {
            return try decode(as: fields[0].type, from: &decoder, depth: depth + 1)
        }
        if fields.allSatisfy({ $0.name != nil }) {
            var object = JSONObject()
            for field in fields {
                object.append(field.name ?? "", try decode(as: field.type, from: &decoder, depth: depth + 1))
            }
            return .object(object)
        }
        return try decodeElements(fields.map(\.type), from: &decoder, depth: depth)
    }

    private static func decode(_ primitive: ContractType.Primitive, from decoder: inout ScaleDecoder) throws
        -> JSONValue
    {
        switch primitive {
        case .bool: return .bool(try decoder.decode(Bool.self))
        case .str: return .string(try decoder.decode(String.self))
        case .char:
            let value = try decoder.decode(UInt32.self)
            guard let scalar = Unicode.Scalar(value) else {
                throw ContractError(.invalidResult, "\(value) is not a Unicode scalar")
            }
            return .string(String(Character(scalar)))
        case .u256, .i256:
            return .string(Hex.encode(try decoder.readBytes(32)))
        case .u8, .u16, .u32, .u64, .u128:
            return json(try littleEndian(bitWidth(primitive) / 8, from: &decoder), negative: false)
        case .i8, .i16, .i32, .i64, .i128:
            let bits = bitWidth(primitive)
            let raw = try littleEndian(bits / 8, from: &decoder)
            let negative = raw >> (bits - 1) & 1 == 1
            let magnitude = negative ? ((~raw &+ 1) & (bits == 128 ? ~0 : (UInt128(1) << bits) - 1)) : raw
            return json(magnitude, negative: negative)
        }
    }

    private static func littleEndian(_ count: Int, from decoder: inout ScaleDecoder) throws(ScaleDecodingError)
        -> UInt128
    {
        var value: UInt128 = 0
        for (shift, byte) in try decoder.readBytes(count).enumerated() { value |= UInt128(byte) << (8 * shift) }
        return value
    }

    /// An integer as a JSON number, exact at any size.
    static func json(_ magnitude: UInt128, negative: Bool) -> JSONValue {
        if negative {
            if magnitude <= UInt128(Int64.max) + 1 { return .integer(Int64(truncatingIfNeeded: 0 &- magnitude)) }
            return .decimal("-\(magnitude)")
        }
        if let small = Int64(exactly: magnitude) { return .integer(small) }
        if let unsigned = UInt64(exactly: magnitude) { return .unsignedInteger(unsigned) }
        return .decimal("\(magnitude)")
    }
}
