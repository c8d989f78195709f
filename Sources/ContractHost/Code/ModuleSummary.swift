import WasmKit
import WasmParser

/// What `CodeValidator` collects from one pass over a module's sections.
struct ModuleSummary {
    var types: [FunctionType?] = []
    var imports: [Import] = []
    var importedFunctionTypes: [TypeIndex] = []
    var functionTypes: [TypeIndex] = []
    var exports: [Export] = []
    var definesMemory = false
    var hasStart = false
    var usesFloatingPoint = false

    /// The function type at `index` of the type section, if it is one.
    func functionType(_ index: TypeIndex) -> FunctionType? {
        Int(index) < types.count ? types[Int(index)] : nil
    }

    /// The type of function `index` in the function index space (imports first).
    func typeOfFunction(_ index: FunctionIndex) -> FunctionType? {
        let position = Int(index)
        if position < importedFunctionTypes.count { return functionType(importedFunctionTypes[position]) }
        let local = position - importedFunctionTypes.count
        return local < functionTypes.count ? functionType(functionTypes[local]) : nil
    }

    /// Folds one parsed section into the summary.
    /// - Throws: `CodeRejection` for features the pallet turns off, or a parse error of a body.
    mutating func record(_ payload: ParsingPayload) throws {
        switch payload {
        case .typeSection(let groups):
            for group in groups {
                for subType in group.types {
                    guard case .function(let type) = subType.body else {
                        throw CodeRejection("it declares a non-function type, which needs the GC proposal")
                    }
                    guard type.results.count <= 1 else {
                        throw CodeRejection("a function returns several values, which needs multi-value")
                    }
                    if (type.parameters + type.results).contains(where: Self.isFloat) { usesFloatingPoint = true }
                    types.append(type)
                }
            }
        case .importSection(let entries):
            imports = entries
            for case .function(let index) in entries.map(\.descriptor) { importedFunctionTypes.append(index) }
        case .functionSection(let indices): functionTypes = indices
        case .memorySection(let memories): definesMemory = !memories.isEmpty
        case .globalSection(let globals):
            if globals.contains(where: { Self.isFloat($0.type.valueType) }) { usesFloatingPoint = true }
        case .exportSection(let entries): exports = entries
        case .startSection: hasStart = true
        case .tableSection(let tables):
            guard tables.count <= 1 else { throw CodeRejection("it defines several tables") }
        case .codeSection(let bodies):
            for body in bodies { try inspect(body) }
        default: break
        }
    }

    private mutating func inspect(_ body: Code) throws {
        if body.locals.contains(where: Self.isFloat) { usesFloatingPoint = true }
        var parser = ExpressionParser(code: body)
        var scanner = InstructionScanner()
        while let visit = try parser.parse() {
            try visit(visitor: &scanner)
        }
        if scanner.usesFloatingPoint { usesFloatingPoint = true }
    }

    private static func isFloat(_ type: ValueType) -> Bool { type == .f32 || type == .f64 }
}

/// Flags floating-point instructions and refuses the instructions of proposals pallet-contracts disables.
private struct InstructionScanner: AnyInstructionVisitor {
    var binaryOffset: Int = 0
    typealias VisitorError = CodeRejection
    var usesFloatingPoint = false

    mutating func visit(_ instruction: Instruction) throws(CodeRejection) {
        switch instruction {
        case .unreachable, .nop, .block, .loop, .if, .else, .end, .br, .brIf, .brTable, .return, .call, .callIndirect,
            .drop, .select, .localGet, .localSet, .localTee, .globalGet, .globalSet, .memorySize, .memoryGrow, .i32Const,
            .i64Const, .i32Eqz, .i64Eqz:
            return
        case .f32Const, .f64Const:
            usesFloatingPoint = true
            return
        case .load(let load, _) where load == .i32Load || load == .i64Load || load == .i32Load8S || load == .i32Load8U
            || load == .i32Load16S || load == .i32Load16U || load == .i64Load8S || load == .i64Load8U
            || load == .i64Load16S || load == .i64Load16U || load == .i64Load32S || load == .i64Load32U:
            return
        case .store(let store, _) where store == .i32Store || store == .i64Store || store == .i32Store8
            || store == .i32Store16 || store == .i64Store8 || store == .i64Store16 || store == .i64Store32:
            return
        case .cmp(let operation): flagFloat(String(describing: operation))
        case .unary(let operation): flagFloat(String(describing: operation))
        case .binary(let operation): flagFloat(String(describing: operation))
        case .conversion(let operation): flagFloat(String(describing: operation))
        default:
            let name = String(describing: instruction)
            flagFloat(name)
            for refused in Self.refusedPrefixes where name.hasPrefix(refused) {
                throw CodeRejection("it uses the instruction \(name), from a proposal contracts may not use")
            }
        }
    }

    private mutating func flagFloat(_ name: String) {
        let lowered = name.lowercased()
        if lowered.contains("f32") || lowered.contains("f64") { usesFloatingPoint = true }
    }

    /// Bulk memory, reference types, SIMD, tail calls and exceptions are off in pallet-contracts' wasmi.
    private static let refusedPrefixes = [
        "memoryCopy", "memoryFill", "memoryInit", "dataDrop", "tableCopy", "tableInit", "elemDrop",
        "tableGet", "tableSet", "tableGrow", "tableSize", "tableFill", "ref", "v128", "simd", "returnCall",
        "throw", "tryTable", "i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2", "typedSelect",
    ]
}
