import JSONRPC
import PhalaPrimitives
import SCALE

extension Header {
    /// Reads a header from Substrate's JSON form: hashes as hex, `number` as a hex string, and each
    /// digest log as the hex SCALE encoding of one `DigestItem`.
    init(json: JSONValue, in method: String) throws(ClientError) {
        let logs = try json.member("digest", in: method).member("logs", in: method)
        guard let entries = logs.array else { throw .malformedResponse(method, "digest.logs is not an array") }
        var digest: [DigestItem] = []
        for entry in entries { digest.append(try entry.decoded(DigestItem.self, in: method)) }
        self.init(
            parentHash: try json.member("parentHash", in: method).hash(in: method),
            number: try json.member("number", in: method).blockNumber(in: method),
            stateRoot: try json.member("stateRoot", in: method).hash(in: method),
            extrinsicsRoot: try json.member("extrinsicsRoot", in: method).hash(in: method),
            digest: digest
        )
    }
}
