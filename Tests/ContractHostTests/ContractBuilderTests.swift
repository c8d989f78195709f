import Foundation
import PhalaCrypto
import PhalaTesting
import Testing
import WasmParser
import WasmTypes

/// The C test contracts under Tests/Contracts build into modules that follow pink's module rules
/// (pink-abi.md §2, §4) and come with consistent ink! 4 bundles (§6.1, §6.2).
@Suite struct ContractBuilderTests {
    static let contracts = ["flipper", "kvstore", "oracle", "cross", "checker", "spin", "grow", "recurse", "floaty", "sha256"]

    /// The host functions of pink-abi.md §4 with their exact Wasm signatures.
    static let hostFunctions: [String: FunctionType] = {
        func signature(_ parameters: [ValueType], _ results: [ValueType]) -> FunctionType {
            FunctionType(parameters: parameters, results: results)
        }
        func i32s(_ count: Int) -> [ValueType] { Array(repeating: .i32, count: count) }
        return [
            "seal0.get_storage": signature(i32s(3), [.i32]),
            "seal0.set_storage": signature(i32s(3), []),
            "seal1.get_storage": signature(i32s(4), [.i32]),
            "seal2.set_storage": signature(i32s(4), [.i32]),
            "seal1.contains_storage": signature(i32s(2), [.i32]),
            "seal0.input": signature(i32s(2), []),
            "seal0.seal_return": signature(i32s(3), []),
            "seal0.value_transferred": signature(i32s(2), []),
            "seal0.caller": signature(i32s(2), []),
            "seal0.address": signature(i32s(2), []),
            "seal0.block_number": signature(i32s(2), []),
            "seal0.debug_message": signature(i32s(2), [.i32]),
            "seal0.hash_blake2_256": signature(i32s(3), []),
            "seal0.deposit_event": signature(i32s(4), []),
            "seal0.call_chain_extension": signature(i32s(5), [.i32]),
            "seal1.call": signature(i32s(2) + [.i64] + i32s(5), [.i32]),
            "seal0.delegate_call": signature(i32s(6), [.i32]),
            "seal1.instantiate": signature([.i32, .i64] + i32s(9), [.i32]),
            "seal0.code_hash": signature(i32s(3), [.i32]),
            "seal0.set_code_hash": signature(i32s(1), [.i32]),
        ]
    }()

    @Test(arguments: contracts)
    func contractImportsOnlySealFunctionsAndItsMemory(name: String) throws {
        let module = try ModuleSummary(try ContractBuilder.build(name).wasm)
        #expect(module.memories == [.init(module: "env", name: "memory", min: 2, max: name == "grow" ? nil : 16)])
        #expect(module.otherImports.isEmpty)
        for (function, type) in module.functionImports {
            #expect(Self.hostFunctions[function] == type, "\(name) imports \(function) as \(type)")
        }
    }

    @Test(arguments: contracts)
    func contractExportsOnlyDeployAndCall(name: String) throws {
        let module = try ModuleSummary(try ContractBuilder.build(name).wasm)
        let unit = FunctionType(parameters: [], results: [])
        #expect(module.exports == ["call": unit, "deploy": unit])
        #expect(module.otherExports.isEmpty)
    }

    @Test(arguments: contracts)
    func onlyFloatyContainsFloatingPoint(name: String) throws {
        let module = try ModuleSummary(try ContractBuilder.build(name).wasm)
        #expect(module.usesFloatingPoint == (name == "floaty"))
    }

    /// pink-abi.md §6.2: default selectors are BLAKE2b-256(label)[0..4]; the C dispatch uses the same constants.
    @Test(arguments: contracts)
    func selectorsAreTheLabelHashesAndTheSourceDispatchesThem(name: String) throws {
        let contract = try ContractBuilder.build(name)
        let source = try String(contentsOf: Self.contractsDirectory.appendingPathComponent("\(name)/\(name).c"), encoding: .utf8)
        #expect(!contract.messages.isEmpty && !contract.constructors.isEmpty)
        for (label, selector) in contract.constructors.merging(contract.messages, uniquingKeysWith: { first, _ in first }) {
            #expect(selector == Array(Hashing.blake2_256(Array(label.utf8)).prefix(4)), "\(name).\(label)")
            #expect(source.contains("0x" + Hex.string(selector)), "\(name).c does not dispatch \(label)")
        }
    }

    @Test(arguments: contracts)
    func bundleCarriesTheCodeAndItsHash(name: String) throws {
        let contract = try ContractBuilder.build(name)
        let bundle = try #require(try JSONSerialization.jsonObject(with: Data(contract.bundle)) as? [String: Any])
        let source = try #require(bundle["source"] as? [String: Any])
        #expect(source["hash"] as? String == "0x" + Hex.string(Hashing.blake2_256(contract.wasm)))
        #expect(source["wasm"] as? String == "0x" + Hex.string(contract.wasm))
        #expect(contract.codeHash == Hashing.blake2_256(contract.wasm))
        #expect(bundle["version"] as? String == "4")
        #expect(try Data(contentsOf: contract.bundleURL) == Data(contract.bundle))
    }

    /// Every type id the spec mentions is in the registry, and every message returns Result<_, LangError>.
    @Test(arguments: contracts)
    func bundleTypeReferencesResolve(name: String) throws {
        let contract = try ContractBuilder.build(name)
        let bundle = try #require(try JSONSerialization.jsonObject(with: Data(contract.bundle)) as? [String: Any])
        let types = try #require(bundle["types"] as? [[String: Any]])
        let registry = Dictionary(uniqueKeysWithValues: types.compactMap { entry in
            (entry["id"] as? Int).map { ($0, entry["type"] as? [String: Any] ?? [:]) }
        })
        #expect(registry.count == types.count)
        let spec = try #require(bundle["spec"] as? [String: Any])
        let entries = (spec["constructors"] as? [[String: Any]] ?? []) + (spec["messages"] as? [[String: Any]] ?? [])
        for entry in entries {
            for argument in entry["args"] as? [[String: Any]] ?? [] {
                let id = (argument["type"] as? [String: Any])?["type"] as? Int
                #expect(id.map { registry[$0] != nil } == true, "\(name).\(entry["label"] ?? "?") argument")
            }
            let returned = try #require((entry["returnType"] as? [String: Any])?["type"] as? Int)
            let path = try #require(registry[returned])["path"] as? [String]
            #expect(path == ["Result"], "\(name).\(entry["label"] ?? "?") returns \(returned)")
        }
    }

    /// The bundles are usable by an ink! metadata client: substrate-interface 1.8.1's ContractMetadata
    /// (run offline by Fixtures/ink_metadata.py) encodes our calls and decodes our replies. Reply bytes
    /// are the ones pink-abi.md §8.3 lists for check_system (flag, runtime_version, cache_get, http_get
    /// in a transaction) and the layouts of §6.3.
    @Test func bundlesEncodeCallsAndDecodeRepliesInSubstrateInterface() throws {
        let checker = try ContractBuilder.build("checker").bundleURL.path
        let flipper = try ContractBuilder.build("flipper").bundleURL.path
        let oracle = try ContractBuilder.build("oracle").bundleURL.path
        let kvstore = try ContractBuilder.build("kvstore").bundleURL.path
        let cross = try ContractBuilder.build("cross").bundleURL.path
        let notInTransaction = "0b02b0" + Hex.string("HTTP request is not supported in transaction".utf8)
        let cases: [([String: Any], String)] = [
            (["bundle": checker, "message": "set_flag", "args": ["flag": "42"]], "0xe777292d083432"),
            (["bundle": checker, "reply": "flag", "data": "0x00083432"], #"{"Ok": "42"}"#),
            (["bundle": checker, "reply": "runtime_version", "data": "0x000100000002000000"], #"{"Ok": [1, 2]}"#),
            (["bundle": checker, "reply": "cache_get", "data": "0x00010c626172"], #"{"Ok": "bar"}"#),
            (
                ["bundle": checker, "reply": "http_get", "data": "0x00" + notInTransaction],
                #"{"Ok": [523, "HTTP request is not supported in transaction"]}"#
            ),
            (
                ["bundle": checker, "message": "direct_balance_of", "args": ["account": "0x" + String(repeating: "ff", count: 32)]],
                "0xb487a811" + String(repeating: "ff", count: 32)
            ),
            (["bundle": flipper, "constructor": "new", "args": ["init_value": true]], "0x9bae9d5e01"),
            (["bundle": flipper, "reply": "get", "data": "0x0001"], #"{"Ok": true}"#),
            (["bundle": flipper, "reply": "get", "data": "0x0101"], #"{"Err": "CouldNotReadInput"}"#),
            (
                ["bundle": oracle, "reply": "get_price", "data": "0x0001009401106e6f7065"],
                #"{"Ok": {"Err": {"Http": {"body": "nope", "status": 404}}}}"#
            ),
            (["bundle": oracle, "reply": "get_price", "data": "0x000101"], #"{"Ok": {"Err": "NoPrice"}}"#),
            (
                ["bundle": oracle, "reply": "get_price", "data": "0x0000404b4c0000000000000000000000000008abcd"],
                #"{"Ok": {"Ok": {"price": 5000000, "signature": "0xabcd"}}}"#
            ),
            (["bundle": kvstore, "message": "set", "args": ["key": "0x6b", "value": "0x68656c6c6f"]], "0xe8c45eb6046b1468656c6c6f"),
            (["bundle": kvstore, "reply": "get", "data": "0x00011468656c6c6f"], #"{"Ok": "hello"}"#),
            (
                ["bundle": cross, "constructor": "new", "args": ["flipper_code_hash": "0x" + String(repeating: "f1", count: 32)]],
                "0x9bae9d5e" + String(repeating: "f1", count: 32)
            ),
        ]
        let input = try JSONSerialization.data(withJSONObject: cases.map(\.0))
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ink_metadata.py")
        let output = try PythonReference.run(script: script.path, input: input)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines == cases.map(\.1))
    }

    @Test func everyContractDirectoryIsCovered() throws {
        let entries = try FileManager.default.contentsOfDirectory(
            at: Self.contractsDirectory, includingPropertiesForKeys: [.isDirectoryKey]
        )
        let directories = try entries.filter { try $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory == true }
        #expect(Set(directories.map(\.lastPathComponent).filter { $0 != "include" }) == Set(Self.contracts))
    }

    @Test func unknownContractFailsWithAClearError() {
        #expect {
            try ContractBuilder.build("no-such-contract")
        } throws: { error in
            (error as? ContractBuildError)?.description.contains("no-such-contract") == true
        }
    }

    static var contractsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Contracts")
    }
}

/// What the tests check in a module: imports, exports and whether any code touches f32/f64.
private struct ModuleSummary {
    struct Memory: Equatable {
        var module: String
        var name: String
        var min: UInt64
        var max: UInt64?
    }

    var functionImports: [(String, FunctionType)] = []
    var memories: [Memory] = []
    var otherImports: [String] = []
    var exports: [String: FunctionType] = [:]
    var otherExports: [String] = []
    var usesFloatingPoint = false

    init(_ wasm: [UInt8]) throws {
        var parser = Parser(bytes: wasm)
        var types: [FunctionType] = []
        var functionTypes: [FunctionType] = []
        while let payload = try parser.parseNext() {
            switch payload {
            case .typeSection(let groups):
                for subtype in groups.flatMap(\.types) {
                    guard case .function(let type) = subtype.body else { continue }
                    types.append(type)
                    if (type.parameters + type.results).contains(where: Self.isFloat) { usesFloatingPoint = true }
                }
            case .importSection(let imports):
                for entry in imports {
                    switch entry.descriptor {
                    case .function(let index):
                        functionImports.append(("\(entry.module).\(entry.name)", types[Int(index)]))
                        functionTypes.append(types[Int(index)])
                    case .memory(let limits):
                        memories.append(Memory(module: entry.module, name: entry.name, min: limits.min, max: limits.max))
                    default:
                        otherImports.append("\(entry.module).\(entry.name)")
                    }
                }
            case .functionSection(let indices):
                functionTypes += indices.map { types[Int($0)] }
            case .exportSection(let exports):
                for entry in exports {
                    if case .function(let index) = entry.descriptor {
                        self.exports[entry.name] = functionTypes[Int(index)]
                    } else {
                        otherExports.append(entry.name)
                    }
                }
            case .codeSection(let bodies):
                for body in bodies {
                    var finder = FloatFinder()
                    finder.found = body.locals.contains(where: Self.isFloat)
                    var expression = ExpressionParser(code: body)
                    while let instruction = try expression.parse() { instruction(visitor: &finder) }
                    if finder.found { usesFloatingPoint = true }
                }
            default:
                break
            }
        }
    }

    static func isFloat(_ type: ValueType) -> Bool { type == .f32 || type == .f64 }
}

/// Marks any instruction whose operator names f32 or f64 (constants, arithmetic, comparisons,
/// conversions, loads and stores).
private struct FloatFinder: InstructionVisitor {
    var binaryOffset = 0
    var found = false

    mutating func note(_ instruction: some Any) {
        let text = String(describing: instruction).lowercased()
        if text.contains("f32") || text.contains("f64") { found = true }
    }

    mutating func visitF32Const(value: IEEE754.Float32) { found = true }
    mutating func visitF64Const(value: IEEE754.Float64) { found = true }
    mutating func visitLoad(_ load: Instruction.Load, memarg: MemArg) { note(load) }
    mutating func visitStore(_ store: Instruction.Store, memarg: MemArg) { note(store) }
    mutating func visitCmp(_ cmp: Instruction.Cmp) { note(cmp) }
    mutating func visitUnary(_ unary: Instruction.Unary) { note(unary) }
    mutating func visitBinary(_ binary: Instruction.Binary) { note(binary) }
    mutating func visitConversion(_ conversion: Instruction.Conversion) { note(conversion) }
    mutating func visitTypedSelect(type: ValueType) { if ModuleSummary.isFloat(type) { found = true } }
}
