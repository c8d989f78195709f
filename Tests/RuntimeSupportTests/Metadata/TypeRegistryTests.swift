import PhalaPrimitives
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing

// Swift counterparts of the types in scale-info's test_suite/tests/json.rs (`test_registry`,
// `registry_knows_about_compact_types`), described as `#[derive(TypeInfo)]` would describe them.
private struct UnitStruct: TypeInfo {
    static var typeInfo: TypeDescription<TypeReference> { .composite(path: ["json", "UnitStruct"], fields: []) }
}

private struct TupleStruct: TypeInfo {
    static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["json", "TupleStruct"],
            fields: [
                TypeField(type: .of(UInt8.self), typeName: "u8"), TypeField(type: .of(UInt32.self), typeName: "u32"),
            ]
        )
    }
}

private let structFields: [TypeField<TypeReference>] = [
    TypeField(name: "a", type: .of(UInt8.self), typeName: "u8"),
    TypeField(name: "b", type: .of(UInt32.self), typeName: "u32"),
    TypeField(name: "c", type: .of(InlineArray<32, UInt8>.self), typeName: "[u8; 32]"),
]

private struct PlainStruct: TypeInfo {
    static var typeInfo: TypeDescription<TypeReference> { .composite(path: ["json", "Struct"], fields: structFields) }
}

private struct RecursiveStruct: TypeInfo {
    static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["json", "RecursiveStruct"],
            fields: [TypeField(name: "rec", type: .of([RecursiveStruct].self), typeName: "Vec<RecursiveStruct>")]
        )
    }
}

private struct ClikeEnum: TypeInfo {
    static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["json", "ClikeEnum"],
            variants: [
                TypeVariant(name: "A", index: 0), TypeVariant(name: "B", index: 1), TypeVariant(name: "C", index: 2),
            ]
        )
    }
}

private struct RustEnum: TypeInfo {
    static var typeInfo: TypeDescription<TypeReference> {
        .variant(
            path: ["json", "RustEnum"],
            variants: [
                TypeVariant(name: "A", index: 0),
                TypeVariant(
                    name: "B",
                    index: 1,
                    fields: [
                        TypeField(type: .of(UInt8.self), typeName: "u8"),
                        TypeField(type: .of(UInt32.self), typeName: "u32"),
                    ]
                ),
                TypeVariant(name: "C", index: 2, fields: structFields),
            ]
        )
    }
}

private struct Dense: TypeInfo {
    static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["json", "Dense"],
            fields: [
                TypeField(name: "a", type: .of(Compact<UInt128>.self), typeName: "u128"),
                TypeField(name: "a_not_compact", type: .of(UInt128.self), typeName: "u128"),
                TypeField(name: "b", type: .of(FixedBytes<32>.self), typeName: "[u8; 32]"),
                TypeField(name: "c", type: .of(Compact<UInt64>.self), typeName: "u64"),
            ]
        )
    }
}

/// A Swift type forwarding to a ready-made reference, as the runtime's `Weight` would.
private struct ForwardedWeight: TypeInfo {
    static var typeReference: TypeReference { .weight }
    static var typeInfo: TypeDescription<TypeReference> { TypeReference.weight.typeDescription }
}

@Suite struct TypeRegistryTests {
    @Test func scaleInfoTestRegistryGetsTheSameIdsAndShapesAfterScalecodecDecodesIt() throws {
        var registry = TypeRegistry()
        for type in [
            UnitStruct.self, TupleStruct.self, PlainStruct.self, RecursiveStruct.self, ClikeEnum.self, RustEnum.self,
        ]
            as [any TypeInfo.Type]
        {
            _ = registry.register(type.typeReference)
        }
        // scale-info test_suite/tests/json.rs `test_registry` (scale-info master, 2024), verbatim.
        let expected = """
            {"types": [
              {"id": 0, "type": {"path": ["json", "UnitStruct"], "def": {"composite": {}}}},
              {"id": 1, "type": {"path": ["json", "TupleStruct"], "def": {"composite": {"fields": [
                {"type": 2, "typeName": "u8"}, {"type": 3, "typeName": "u32"}]}}}},
              {"id": 2, "type": {"def": {"primitive": "u8"}}},
              {"id": 3, "type": {"def": {"primitive": "u32"}}},
              {"id": 4, "type": {"path": ["json", "Struct"], "def": {"composite": {"fields": [
                {"name": "a", "type": 2, "typeName": "u8"}, {"name": "b", "type": 3, "typeName": "u32"},
                {"name": "c", "type": 5, "typeName": "[u8; 32]"}]}}}},
              {"id": 5, "type": {"def": {"array": {"len": 32, "type": 2}}}},
              {"id": 6, "type": {"path": ["json", "RecursiveStruct"], "def": {"composite": {"fields": [
                {"name": "rec", "type": 7, "typeName": "Vec<RecursiveStruct>"}]}}}},
              {"id": 7, "type": {"def": {"sequence": {"type": 6}}}},
              {"id": 8, "type": {"path": ["json", "ClikeEnum"], "def": {"variant": {"variants": [
                {"name": "A", "index": 0}, {"name": "B", "index": 1}, {"name": "C", "index": 2}]}}}},
              {"id": 9, "type": {"path": ["json", "RustEnum"], "def": {"variant": {"variants": [
                {"name": "A", "index": 0},
                {"name": "B", "index": 1, "fields": [{"type": 2, "typeName": "u8"}, {"type": 3, "typeName": "u32"}]},
                {"name": "C", "index": 2, "fields": [
                  {"name": "a", "type": 2, "typeName": "u8"}, {"name": "b", "type": 3, "typeName": "u32"},
                  {"name": "c", "type": 5, "typeName": "[u8; 32]"}]}]}}}}
            ]}
            """
        #expect(try ScaleInfoReference.registryJSON(registry.portable) == ScaleInfoReference.canonicalJSON(expected))
    }

    @Test func compactFieldsRegisterTheCompactBeforeItsInteger() throws {
        var registry = TypeRegistry()
        _ = registry.register(Dense.self)
        // scale-info test_suite/tests/json.rs `registry_knows_about_compact_types`, verbatim.
        let expected = """
            {"types": [
              {"id": 0, "type": {"path": ["json", "Dense"], "def": {"composite": {"fields": [
                {"name": "a", "type": 1, "typeName": "u128"}, {"name": "a_not_compact", "type": 2, "typeName": "u128"},
                {"name": "b", "type": 3, "typeName": "[u8; 32]"}, {"name": "c", "type": 5, "typeName": "u64"}]}}}},
              {"id": 1, "type": {"def": {"compact": {"type": 2}}}},
              {"id": 2, "type": {"def": {"primitive": "u128"}}},
              {"id": 3, "type": {"def": {"array": {"len": 32, "type": 4}}}},
              {"id": 4, "type": {"def": {"primitive": "u8"}}},
              {"id": 5, "type": {"def": {"compact": {"type": 6}}}},
              {"id": 6, "type": {"def": {"primitive": "u64"}}}
            ]}
            """
        #expect(try ScaleInfoReference.registryJSON(registry.portable) == ScaleInfoReference.canonicalJSON(expected))
    }

    @Test func smallDefinitionsEncodeToTheseBytes() {
        // Hand-derived from the V14 layout (substrate-rpc.md §5.2: id, path, params, def, docs) and
        // confirmed by the scalecodec round trips above.
        func bytes(_ register: (inout TypeRegistry) -> Void) -> String {
            var registry = TypeRegistry()
            register(&registry)
            return Hex.string(registry.portable.scaleEncoded())
        }
        // [u8]: sequence(#1), then u8 = primitive 3.
        #expect(
            bytes { _ = $0.register([UInt8].self) }
                == ["08", "00", "0000", "0204", "00", "04", "0000", "0503", "00"].joined()
        )
        // [u8; 20]: array(len 20 as u32, #1).
        #expect(
            bytes { _ = $0.register(FixedBytes<20>.self) }
                == ["08", "00", "0000", "031400000004", "00", "04", "0000", "0503", "00"].joined()
        )
        // Compact<u32>: compact(#1), then u32 = primitive 5.
        #expect(
            bytes { _ = $0.register(Compact<UInt32>.self) }
                == ["08", "00", "0000", "0604", "00", "04", "0000", "0505", "00"].joined()
        )
        // (u8, bool): tuple [#1, #2].
        let tuple = ["0c", "00", "0000", "04080408", "00", "04", "0000", "0503", "00", "08", "0000", "0500", "00"]
        #expect(bytes { _ = $0.register(.tuple([.of(UInt8.self), .of(Bool.self)])) } == tuple.joined())
        // Perbill: path ["sp_arithmetic", "per_things", "Perbill"], no params, composite [unnamed u32 "u32"].
        let perbill = [
            "08", "00", "0c", "3473705f61726974686d65746963", "287065725f7468696e6773", "1c50657262696c6c", "00",
            "00", "04", "00", "04", "010c753332", "00", "00", "04", "0000", "0505", "00",
        ]
        #expect(bytes { _ = $0.register(Perbill.self) } == perbill.joined())
        // Option<bool>: path ["Option"], params [T: Some(#1)], variants None = 0, Some(#1) = 1.
        let option = [
            "08", "00", "04", "184f7074696f6e", "04", "0454", "0104", "01", "08", "104e6f6e65", "00", "00", "00",
            "10536f6d65", "04", "00", "04", "00", "00", "01", "00", "00", "04", "0000", "0500", "00",
        ]
        #expect(bytes { _ = $0.register(Optional<Bool>.self) } == option.joined())
    }

    @Test func aRecursiveTypeRefersToItsOwnId() {
        var registry = TypeRegistry()
        let id = registry.register(RecursiveStruct.self)
        guard case .composite(let fields) = registry.portable[id]?.definition,
            case .sequence(let element) = registry.portable[fields[0].type]?.definition
        else {
            Issue.record("RecursiveStruct is not a composite over a sequence")
            return
        }
        #expect(element == id)
    }

    @Test func typesEncodedAlikeShareOneEntry() {
        var registry = TypeRegistry()
        #expect(registry.register(Balance.self) == registry.register(UInt128.self))
        #expect(registry.register(FixedBytes<32>.self) == registry.register(InlineArray<32, UInt8>.self))
        #expect(registry.register([H256].self) == registry.register(.sequence(of: .of(H256.self))))
        #expect(registry.register(.unit) == registry.register(.tuple([])))
        #expect(registry.register(Compact<UInt32>.self) != registry.register(Compact<UInt64>.self))
        #expect(registry.types.count == 10)
        #expect(registry.register(ForwardedWeight.self) == registry.register(.weight))
        #expect(registry.types[Int(registry.register(.weight).rawValue)].path == ["sp_weights", "weight_v2", "Weight"])
    }
}
