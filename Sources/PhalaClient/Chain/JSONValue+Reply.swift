import JSONRPC
import PhalaPrimitives
import SCALE

/// Readers for the shapes Substrate's RPC replies use, each failing with `ClientError.malformedResponse`
/// that names the method, so a wrong node or a wrong URL is reported rather than crashing.
extension JSONValue {
    /// The bytes of a `0x` hex string.
    func hexBytes(in method: String) throws(ClientError) -> [UInt8] {
        guard let text = string, let bytes = Hex.decode(text) else {
            throw .malformedResponse(method, "expected a 0x-prefixed hex string, got \(kindDescription)")
        }
        return bytes
    }

    /// A 32-byte hash written as `0x` hex.
    func hash(in method: String) throws(ClientError) -> H256 {
        let bytes = try hexBytes(in: method)
        do { return try H256(bytes: bytes) } catch {
            throw .malformedResponse(method, "expected a 32-byte hash, got \(bytes.count) bytes")
        }
    }

    /// A block number written as a hex string (`"0x1a"`, Substrate's form) or a JSON integer.
    func blockNumber(in method: String) throws(ClientError) -> BlockNumber {
        if let integer = uint64, let number = BlockNumber(exactly: integer) { return number }
        guard let text = string, text.hasPrefix("0x"), let number = BlockNumber(text.dropFirst(2), radix: 16) else {
            throw .malformedResponse(method, "expected a block number as a hex string, got \(self)")
        }
        return number
    }

    /// The member `key` of an object; missing members are malformed.
    func member(_ key: String, in method: String) throws(ClientError) -> JSONValue {
        guard let value = self[key] else { throw .malformedResponse(method, "the reply has no \"\(key)\" member") }
        return value
    }

    /// A value of type `Value` SCALE-decoded from `0x` hex, with no trailing bytes.
    func decoded<Value: ScaleDecodable>(_ type: Value.Type, in method: String) throws(ClientError) -> Value {
        let bytes = try hexBytes(in: method)
        do { return try Value(scaleDecoding: bytes) } catch {
            throw .malformedResponse(method, "the bytes are not a \(Value.self): \(error)")
        }
    }
}
