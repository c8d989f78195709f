import WasmKit
import WasmParser

/// Checks uploaded wasm the way pallet-contracts v1.5 prepares it, before any of it runs (pink-abi.md §2).
///
/// Accepted code imports only host functions of `HostFunction` with their exact types and exactly one
/// memory, `env.memory`, whose maximum is within `maximumMemoryPages`; it exports only the functions
/// `deploy` and `call`; it has no start function and uses no post-MVP feature the pallet turns off
/// (bulk memory, reference types, SIMD, multi-value). Floating point makes code indeterministic:
/// refused when the uploader asked for deterministic code, otherwise accepted but never instantiable.
public struct CodeValidator: Sendable {
    /// The largest module accepted, in bytes: pink's `MaxCodeLen`, 2 MiB.
    public var maximumCodeSize: Int
    /// The largest memory a module may declare, in 64 KiB pages: pink's schedule limit, 64 (4 MiB).
    public var maximumMemoryPages: UInt64

    /// Creates a validator with pink's limits.
    public init(maximumCodeSize: Int = 2 * 1024 * 1024, maximumMemoryPages: UInt64 = 64) {
        self.maximumCodeSize = maximumCodeSize
        self.maximumMemoryPages = maximumMemoryPages
    }

    /// Checks `wasm` and returns it as contract code.
    /// - Parameters:
    ///   - wasm: the module as uploaded.
    ///   - deterministic: whether the uploader requires deterministic code (pink-abi.md §2,
    ///     "Determinism"): floating point is then refused instead of marking the code indeterministic.
    /// - Returns: the accepted code with its hash and determinism.
    /// - Throws: `CodeRejection` naming the first rule the module breaks.
    public func validate(_ wasm: [UInt8], deterministic: Bool = true) throws(CodeRejection) -> ContractCode {
        guard wasm.count <= maximumCodeSize else {
            throw CodeRejection(
                "the module has \(wasm.count) bytes, more than the limit of \(maximumCodeSize)", error: .codeTooLarge)
        }
        var summary = ModuleSummary()
        do {
            var parser = Parser(bytes: wasm, features: [])
            while let payload = try parser.parseNext() {
                try summary.record(payload)
            }
        } catch let rejection as CodeRejection {
            throw rejection
        } catch {
            throw CodeRejection("the module is not valid WebAssembly: \(error)")
        }
        try check(summary)
        if summary.usesFloatingPoint && deterministic {
            throw CodeRejection(
                "the module uses floating point, which deterministic contract code may not; "
                    + "build without floats or upload it as indeterministic code")
        }
        return ContractCode(wasm: wasm, isDeterministic: !summary.usesFloatingPoint)
    }

    private func check(_ summary: ModuleSummary) throws(CodeRejection) {
        var memories = 0
        for entry in summary.imports {
            switch entry.descriptor {
            case .function(let typeIndex):
                guard let function = HostFunction.importNames[entry.module]?[entry.name] else {
                    throw CodeRejection("it imports \(entry.module).\(entry.name), which this host does not provide")
                }
                guard summary.functionType(typeIndex) == function.type else {
                    throw CodeRejection(
                        "it imports \(entry.module).\(entry.name) with a type other than \(function.type)")
                }
            case .memory(let limits):
                guard entry.module == "env", entry.name == "memory" else {
                    throw CodeRejection("its memory import must be env.memory, not \(entry.module).\(entry.name)")
                }
                guard limits.min <= maximumMemoryPages, (limits.max ?? maximumMemoryPages) <= maximumMemoryPages else {
                    throw CodeRejection(
                        "its memory may grow to \(limits.max ?? limits.min) pages, more than the limit of \(maximumMemoryPages)")
                }
                memories += 1
            default:
                throw CodeRejection("it imports \(entry.module).\(entry.name), but only functions and env.memory may be imported")
            }
        }
        guard memories == 1, !summary.definesMemory else {
            throw CodeRejection("it must import exactly one memory, env.memory, and define none of its own")
        }
        guard !summary.hasStart else { throw CodeRejection("it has a start function, which contracts may not have") }
        var entryPoints: Set<String> = []
        for export in summary.exports {
            guard case .function(let index) = export.descriptor, export.name == "deploy" || export.name == "call" else {
                throw CodeRejection("it exports \(export.name); a contract exports only the functions deploy and call")
            }
            let type = summary.typeOfFunction(index)
            guard type?.parameters == [], type?.results == [] || type?.results == [.i32] else {
                throw CodeRejection("its \(export.name) export must take no arguments and return nothing")
            }
            entryPoints.insert(export.name)
        }
        guard entryPoints == ["deploy", "call"] else {
            throw CodeRejection("it must export both deploy and call")
        }
    }
}
