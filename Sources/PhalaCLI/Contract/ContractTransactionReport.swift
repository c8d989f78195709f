import JSONRPC
import PhalaPrimitives

/// What a `phala contract` transaction did: the block it landed in and what it addressed, printed as
/// lines or one JSON object.
struct ContractTransactionReport: Sendable {
    /// The block the transaction is in; nil when the command did not wait for one (`--wait ready`).
    var block: H256?
    /// The facts to show, in order (e.g. `contract` → `0x…`).
    var fields: [(name: String, value: JSONValue)]

    /// `name value` lines, one per field; strings unquoted.
    var text: String {
        fields.map { field in "\(field.name) \(field.value.string ?? field.value.description)" }.joined(separator: "\n")
    }

    /// One object: the fields, then `block` (null when not waited for).
    var json: JSONValue {
        var object = JSONObject()
        for field in fields { object.append(field.name, field.value) }
        object.append("block", block.map { .string($0.description) } ?? .null)
        return .object(object)
    }

    /// Where a command's transaction status lines go: stdout for text, stderr when stdout carries JSON.
    static func statusLines(for format: OutputFormat) -> (String) -> Void {
        switch format {
        case .json: { line in StandardOutput.writeErrorLine(line) }
        case .text: { line in StandardOutput.writeLine(line) }
        }
    }

    /// Prints the report in `format`.
    func print(as format: OutputFormat) {
        StandardOutput.writeLine(format == .json ? json.description : text)
    }
}
