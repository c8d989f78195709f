import PhalaPrimitives
import RuntimeSupport
import SCALE
import Testing

/// The descriptions of PhalaPrimitives types, against the paths and shapes of substrate-rpc.md §5.3
/// and the sp-runtime / primitive-types sources they mirror.
@Suite struct PrimitivesTypeInfoTests {
    func described(_ reference: TypeReference) -> (registry: PortableRegistry, type: TypeDescription<TypeID>) {
        var registry = TypeRegistry()
        let id = registry.register(reference)
        return (registry.portable, registry.types[Int(id.rawValue)])
    }

    func path(_ id: TypeID?, in registry: PortableRegistry) -> String {
        id.flatMap { registry[$0] }.map { $0.path.joined(separator: "::") } ?? "?"
    }

    @Test func accountIdAndHashAreCompositesOver32Bytes() {
        for (reference, expected) in [
            (TypeReference.of(AccountId32.self), "sp_core::crypto::AccountId32"),
            (.of(H256.self), "primitive_types::H256"),
        ] {
            let (registry, type) = described(reference)
            #expect(type.path.joined(separator: "::") == expected)
            guard case .composite(let fields) = type.definition, fields.count == 1 else {
                Issue.record("\(expected) is not a one-field composite")
                continue
            }
            #expect(registry[fields[0].type]?.definition == .array(length: 32, element: TypeID(2)))
            #expect(registry[TypeID(2)]?.definition == .primitive(.u8))
        }
    }

    @Test func multiAddressCarriesItsAccountIdParameterAndFiveVariants() {
        let (registry, type) = described(.of(MultiAddress.self))
        #expect(type.path == ["sp_runtime", "multiaddress", "MultiAddress"])
        #expect(type.parameters.map(\.name) == ["AccountId", "AccountIndex"])
        #expect(path(type.parameters[0].type, in: registry) == "sp_core::crypto::AccountId32")
        guard case .variant(let variants) = type.definition else {
            Issue.record("MultiAddress is not a variant type")
            return
        }
        #expect(
            variants.map { "\($0.name)=\($0.index)" } == ["Id=0", "Index=1", "Raw=2", "Address32=3", "Address20=4"]
        )
    }

    @Test func multiSignatureWrapsTheSchemeSignatures() {
        let (registry, type) = described(.of(MultiSignature.self))
        #expect(type.path == ["sp_runtime", "MultiSignature"])
        guard case .variant(let variants) = type.definition else {
            Issue.record("MultiSignature is not a variant type")
            return
        }
        #expect(variants.map { "\($0.name)=\($0.index)" } == ["Ed25519=0", "Sr25519=1", "Ecdsa=2"])
        #expect(
            variants.map { path($0.fields.first?.type, in: registry) } == [
                "sp_core::ed25519::Signature", "sp_core::sr25519::Signature", "sp_core::ecdsa::Signature",
            ]
        )
    }

    @Test func eraHasImmortalAndTwoHundredFiftyFiveMortalVariantsOfOneByte() {
        let (registry, type) = described(.of(Era.self))
        #expect(type.path == ["sp_runtime", "generic", "era", "Era"])
        guard case .variant(let variants) = type.definition else {
            Issue.record("Era is not a variant type")
            return
        }
        #expect(variants.count == 256)
        #expect(variants.map(\.index) == Array(0...255))
        #expect(variants[0].name == "Immortal" && variants[0].fields.isEmpty)
        #expect(variants[1].name == "Mortal1" && variants[255].name == "Mortal255")
        #expect(
            variants[1...].allSatisfy {
                $0.fields.count == 1 && registry[$0.fields[0].type]?.definition == .primitive(.u8)
            }
        )
    }

    @Test func digestItemKeepsSubstrateOrderAndSparseIndices() {
        let (_, type) = described(.of(DigestItem.self))
        #expect(type.path == ["sp_runtime", "generic", "digest", "DigestItem"])
        guard case .variant(let variants) = type.definition else {
            Issue.record("DigestItem is not a variant type")
            return
        }
        #expect(
            variants.map { "\($0.name)=\($0.index)" }
                == ["PreRuntime=6", "Consensus=4", "Seal=5", "Other=0", "RuntimeEnvironmentUpdated=8"]
        )
    }

    @Test func headerHasACompactNumberAndTheDigestStruct() {
        let (registry, type) = described(.of(Header.self))
        #expect(type.path == ["sp_runtime", "generic", "header", "Header"])
        guard case .composite(let fields) = type.definition else {
            Issue.record("Header is not a composite")
            return
        }
        #expect(fields.map { $0.name ?? "" } == ["parent_hash", "number", "state_root", "extrinsics_root", "digest"])
        #expect(registry[fields[1].type].map { if case .compact = $0.definition { true } else { false } } == true)
        #expect(path(fields[4].type, in: registry) == "sp_runtime::generic::digest::Digest")
    }

    @Test func optionNamesItsParameterWithAnId() {
        let (registry, type) = described(.of(Optional<AccountId32>.self))
        #expect(type.path == ["Option"])
        #expect(type.parameters.map(\.name) == ["T"])
        #expect(path(type.parameters[0].type, in: registry) == "sp_core::crypto::AccountId32")
    }

    @Test func perThingsAndWeightHaveSubstratePaths() {
        #expect(described(.of(Perbill.self)).type.path == ["sp_arithmetic", "per_things", "Perbill"])
        #expect(described(.of(Permill.self)).type.path == ["sp_arithmetic", "per_things", "Permill"])
        let (registry, weight) = described(.weight)
        #expect(weight.path == ["sp_weights", "weight_v2", "Weight"])
        guard case .composite(let fields) = weight.definition else {
            Issue.record("Weight is not a composite")
            return
        }
        #expect(fields.map { $0.name ?? "" } == ["ref_time", "proof_size"])
        #expect(
            fields.allSatisfy { field in
                registry[field.type].map { if case .compact = $0.definition { true } else { false } } == true
            }
        )
    }
}
