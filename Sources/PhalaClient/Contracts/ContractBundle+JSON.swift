public import JSONRPC
import PhalaCrypto
import PhalaPrimitives

extension ContractBundle {
    /// Reads a `.contract` file's bytes.
    /// - Parameter bytes: the file's contents (JSON).
    /// - Throws: `ContractError.Kind.invalidBundle` naming the part that is missing or malformed.
    public init(parsing bytes: [UInt8]) throws(ContractError) {
        let json: JSONValue
        do { json = try JSONValue(parsing: bytes, limits: .init(maxBytes: 64 << 20, maxDepth: 256)) } catch {
            throw ContractError(.invalidBundle, "the bundle is not JSON: \(error)")
        }
        try self.init(json: json)
    }

    /// Reads a `.contract` document.
    /// - Parameter json: the parsed file.
    /// - Throws: `ContractError.Kind.invalidBundle` naming the part that is missing or malformed.
    public init(json: JSONValue) throws(ContractError) {
        let metadata: JSONValue
        let version: MetadataVersion
        if json["version"]?.string == "4" || json["version"]?.uint64 == 4 {
            (metadata, version) = (json, .ink4)
        } else if let v3 = json["V3"] {
            (metadata, version) = (v3, .ink3)
        } else if json["metadataVersion"] != nil {
            throw Self.invalid(
                "ink! 3 release-candidate metadata (metadataVersion 0.1.0) is not supported; rebuild with ink! 4"
            )
        } else {
            throw Self.invalid("this is not ink! 4 (\"version\": \"4\") or ink! 3 (\"V3\") contract metadata")
        }
        guard let source = json["source"], let hashText = source["hash"]?.string,
            let hash = try? FixedBytes<32>(hex: hashText)
        else { throw Self.invalid("`source.hash` is missing or not a 0x-prefixed 32-byte hex string") }
        guard let wasmText = source["wasm"]?.string, let wasm = try? Hex.decode(wasmText), !wasm.isEmpty else {
            throw Self.invalid(
                "`source.wasm` is missing or not hex; use the `.contract` bundle, not the metadata-only `.json`"
            )
        }
        guard Hashing.blake2_256(wasm) == hash.bytes else {
            throw Self.invalid("`source.hash` \(hashText) is not the BLAKE2b-256 of `source.wasm`; rebuild the bundle")
        }
        guard let name = json["contract"]?["name"]?.string else { throw Self.invalid("`contract.name` is missing") }
        guard let spec = metadata["spec"] else { throw Self.invalid("`spec` is missing") }
        self.init(
            name: name,
            version: json["contract"]?["version"]?.string ?? "",
            metadataVersion: version,
            codeHash: H256(hash),
            wasm: wasm,
            constructors: try Self.messages(spec["constructors"], kind: "constructors", constructor: true),
            messages: try Self.messages(spec["messages"], kind: "messages", constructor: false),
            types: try Self.types(metadata["types"])
        )
    }

    static func invalid(_ reason: String) -> ContractError {
        ContractError(.invalidBundle, "the bundle is malformed: \(reason)")
    }

    private static func messages(_ json: JSONValue?, kind: String, constructor: Bool) throws(ContractError)
        -> [ContractMessage]
    {
        guard let entries = json?.array else { throw invalid("`spec.\(kind)` is missing") }
        var messages: [ContractMessage] = []
        for (position, entry) in entries.enumerated() {
            guard let label = entry["label"]?.string else {
                throw invalid("`spec.\(kind)[\(position)].label` is missing")
            }
            guard let selectorText = entry["selector"]?.string, let selector = try? Hex.decode(selectorText),
                selector.count == 4
            else { throw invalid("`\(label)` has no 4-byte `selector`") }
            var arguments: [ContractMessage.Argument] = []
            for argument in entry["args"]?.array ?? [] {
                guard let argumentLabel = argument["label"]?.string,
                    let type = argument["type"]?["type"]?.uint64.flatMap(UInt32.init(exactly:))
                else { throw invalid("an argument of `\(label)` lacks `label` or `type.type`") }
                let displayName = argument["type"]?["displayName"]?.array?.compactMap(\.string) ?? []
                arguments.append(.init(label: argumentLabel, type: type, displayName: displayName))
            }
            messages.append(
                ContractMessage(
                    label: label,
                    selector: selector,
                    arguments: arguments,
                    returnType: entry["returnType"]?["type"]?.uint64.flatMap(UInt32.init(exactly:)),
                    mutates: constructor || entry["mutates"]?.bool == true,
                    payable: entry["payable"]?.bool == true
                )
            )
        }
        return messages
    }

    private static func types(_ json: JSONValue?) throws(ContractError) -> [UInt32: ContractType] {
        guard let entries = json?.array else { throw invalid("`types` is missing") }
        var types: [UInt32: ContractType] = [:]
        for entry in entries {
            guard let id = entry["id"]?.uint64.flatMap(UInt32.init(exactly:)), let type = entry["type"],
                let definition = type["def"]
            else { throw invalid("a `types` entry lacks `id` or `type.def`") }
            let path = type["path"]?.array?.compactMap(\.string) ?? []
            types[id] = ContractType(path: path, definition: try Self.definition(definition, id: id))
        }
        return types
    }

    private static func definition(_ json: JSONValue, id: UInt32) throws(ContractError) -> ContractType.Definition {
        func typeID(_ value: JSONValue?) throws(ContractError) -> UInt32 {
            guard let id = value?.uint64.flatMap(UInt32.init(exactly:)) else {
                throw invalid("type \(id) refers to a type without a numeric id")
            }
            return id
        }
        func fields(_ value: JSONValue?) throws(ContractError) -> [ContractType.Field] {
            var fields: [ContractType.Field] = []
            for field in value?.array ?? [] {
                fields.append(.init(name: field["name"]?.string, type: try typeID(field["type"])))
            }
            return fields
        }
        if let composite = json["composite"] { return .composite(try fields(composite["fields"])) }
        if let variant = json["variant"] {
            var variants: [ContractType.Variant] = []
            for (position, entry) in (variant["variants"]?.array ?? []).enumerated() {
                guard let name = entry["name"]?.string else {
                    throw invalid("variant \(position) of type \(id) has no name")
                }
                let index = entry["index"]?.uint64.flatMap(UInt8.init(exactly:)) ?? UInt8(truncatingIfNeeded: position)
                variants.append(.init(name: name, index: index, fields: try fields(entry["fields"])))
            }
            return .variant(variants)
        }
        if let sequence = json["sequence"] { return .sequence(element: try typeID(sequence["type"])) }
        if let array = json["array"] {
            guard let length = array["len"]?.uint64.flatMap(Int.init(exactly:)) else {
                throw invalid("array type \(id) has no `len`")
            }
            return .array(length: length, element: try typeID(array["type"]))
        }
        if let tuple = json["tuple"]?.array {
            var elements: [UInt32] = []
            for element in tuple { elements.append(try typeID(element)) }
            return .tuple(elements)
        }
        if let primitive = json["primitive"]?.string {
            guard let known = ContractType.Primitive(rawValue: primitive) else {
                throw invalid("type \(id) is the unknown primitive `\(primitive)`")
            }
            return .primitive(known)
        }
        if let compact = json["compact"] { return .compact(try typeID(compact["type"])) }
        guard let kind = json.object?.first?.key else { throw invalid("type \(id) has an empty `def`") }
        return .unsupported(kind: kind)
    }
}
