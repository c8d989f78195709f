import WasmParser

/// Rewrites a module so that every mutable global it defines is also exported, under a name no
/// contract can use, which lets the executor put a reused instance's globals back to their start values.
///
/// WasmKit reaches globals only through exports. Validated contract code exports just `deploy` and
/// `call` and imports no globals, so the added names `phala.global.<index>` never collide and the index
/// of a defined global is its index in the global section. Only the export section changes; the code
/// hash is that of the module as uploaded.
struct MutableGlobalExports {
    /// The module with the added exports.
    let wasm: [UInt8]
    /// The added export names, one per mutable global.
    let names: [String]

    /// Rewrites `wasm`.
    /// - Parameter wasm: a module that passed `CodeValidator`.
    /// - Returns: the rewritten module, or `nil` when the module cannot be rewritten (it has no export
    ///   section, or a section is malformed): the executor then gives every frame a fresh instance.
    static func rewrite(_ wasm: [UInt8]) -> MutableGlobalExports? {
        guard let mutable = try? mutableGlobalIndices(wasm), let sections = sections(of: wasm),
            let exports = sections.first(where: { $0.id == 7 })
        else { return nil }
        if mutable.isEmpty { return MutableGlobalExports(wasm: wasm, names: []) }
        var cursor = exports.payload.lowerBound
        guard let count = readLEB(wasm, &cursor) else { return nil }
        let names = mutable.map { "phala.global.\($0)" }
        var payload = leb(count + UInt32(mutable.count)) + Array(wasm[cursor..<exports.payload.upperBound])
        for (index, name) in zip(mutable, names) {
            payload += leb(UInt32(name.utf8.count)) + Array(name.utf8) + [0x03] + leb(index)
        }
        let section = [UInt8(7)] + leb(UInt32(payload.count)) + payload
        let rewritten = Array(wasm[..<exports.start]) + section + Array(wasm[exports.payload.upperBound...])
        return MutableGlobalExports(wasm: rewritten, names: names)
    }

    /// The indices of the globals the module defines as mutable.
    private static func mutableGlobalIndices(_ wasm: [UInt8]) throws -> [UInt32] {
        var parser = Parser(bytes: wasm, features: [])
        while let payload = try parser.parseNext() {
            if case .globalSection(let globals) = payload {
                return globals.indices.filter { globals[$0].type.mutability == .variable }.map { UInt32($0) }
            }
        }
        return []
    }

    /// A section: where it starts (its id byte), its id and its payload's range.
    private struct Section {
        let start: Int
        let id: UInt8
        let payload: Range<Int>
    }

    /// The module's sections in order, or `nil` when the bytes do not split into sections.
    private static func sections(of wasm: [UInt8]) -> [Section]? {
        guard wasm.count >= 8 else { return nil }
        var sections: [Section] = []
        var cursor = 8
        while cursor < wasm.count {
            let start = cursor
            let id = wasm[cursor]
            cursor += 1
            guard let size = readLEB(wasm, &cursor), cursor + Int(size) <= wasm.count else { return nil }
            sections.append(Section(start: start, id: id, payload: cursor..<(cursor + Int(size))))
            cursor += Int(size)
        }
        return sections
    }

    /// Reads an unsigned LEB128 value of at most 32 bits at `cursor` and moves past it.
    private static func readLEB(_ bytes: [UInt8], _ cursor: inout Int) -> UInt32? {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 35, by: 7) {
            guard cursor < bytes.count else { return nil }
            let byte = bytes[cursor]
            cursor += 1
            value |= UInt64(byte & 0x7f) << UInt64(shift)
            if byte & 0x80 == 0 { return value <= UInt64(UInt32.max) ? UInt32(value) : nil }
        }
        return nil
    }

    /// `value` as unsigned LEB128.
    private static func leb(_ value: UInt32) -> [UInt8] {
        var bytes: [UInt8] = []
        var rest = value
        repeat {
            let low = UInt8(rest & 0x7f)
            rest >>= 7
            bytes.append(rest == 0 ? low : low | 0x80)
        } while rest != 0
        return bytes
    }
}
