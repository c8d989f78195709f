import Foundation
import JSONRPC
import PhalaClient
import PhalaPrimitives
import Testing

/// Reading `.contract` bundles: hand-written ink! 4 metadata in Fixtures/ (flipper: a bool and
/// `MessageResult`s; demo: Vec<u8>, Option, Result, tuples, u128, AccountId, a struct and a compact),
/// with selectors computed as BLAKE2b-256(label)[0..4] (pink-abi.md §6.2) and the wasm the 8-byte
/// empty module `\0asm` version 1, whose BLAKE2b-256 is the `source.hash`.
@Suite struct ContractBundleTests {
    static func fixture(_ name: String) throws -> ContractBundle {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try ContractBundle(parsing: Array(try Data(contentsOf: url)))
    }

    @Test func theFlipperBundleGivesItsCodeMessagesAndTypes() throws {
        let bundle = try Self.fixture("flipper.contract")
        #expect(bundle.name == "flipper" && bundle.version == "0.1.0" && bundle.metadataVersion == .ink4)
        #expect(bundle.wasm == [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])
        #expect(bundle.codeHash.description == "0xf6a5dbf080e9c9d7834145653bce4c8cded62e664d7ddcdb5c526f5877006d74")
        #expect(bundle.constructors.map(\.label) == ["new", "default"])
        let new = try bundle.constructor("new")
        #expect(new.selector == [0x9b, 0xae, 0x9d, 0x5e] && new.arguments.map(\.label) == ["init_value"])
        #expect(new.mutates && !new.payable && new.signature == "new(init_value: bool)")
        let get = try bundle.message("get")
        #expect(get.selector == [0x2f, 0x86, 0x5b, 0xd9] && !get.mutates && get.returnType == 4)
        #expect(try bundle.message("flip").mutates)
        #expect(bundle.types[5]?.path == ["ink_primitives", "types", "AccountId"])
        #expect(bundle.types[7]?.definition == .array(length: 32, element: 8))
    }

    @Test func unknownLabelsListWhatTheContractHas() throws {
        let bundle = try Self.fixture("flipper.contract")
        let error = #expect(throws: ContractError.self) { try bundle.message("flop") }
        #expect(error?.kind == .unknownMessage)
        #expect(error?.description == "flipper has no message `flop`; it has: flip(), get()")
        #expect(throws: ContractError.self) { try bundle.constructor("flip") }
    }

    @Test func anInk3BundleReadsItsSpecFromV3AndKeepsKindsItCannotEncode() throws {
        let json = try JSONValue(
            parsing: """
                {"source": {"hash": "0xf6a5dbf080e9c9d7834145653bce4c8cded62e664d7ddcdb5c526f5877006d74", "wasm": "0x0061736d01000000"},
                 "contract": {"name": "old", "version": "1.0.0"},
                 "V3": {"spec": {"constructors": [{"label": "new", "selector": "0x9bae9d5e", "args": []}],
                                 "messages": [{"label": "get", "selector": "0x2f865bd9", "args": [], "mutates": false,
                                               "payable": false, "returnType": {"type": 0}}]},
                        "types": [{"id": 0, "type": {"def": {"primitive": "bool"}}},
                                  {"id": 1, "type": {"def": {"bitSequence": {"bit_store_type": 0}}}}]}}
                """
        )
        let bundle = try ContractBundle(json: json)
        #expect(bundle.metadataVersion == .ink3 && bundle.name == "old")
        #expect(bundle.types[1]?.definition == .unsupported(kind: "bitSequence"))
        #expect(try bundle.codec.decodeOutput([1], of: bundle.message("get")) == .bool(true))
    }

    @Test func malformedBundlesSayWhatIsMissing() throws {
        let cases: [(String, String)] = [
            ("not json", "the bundle is not JSON"),
            (#"{"metadataVersion": "0.1.0"}"#, "ink! 3 release-candidate metadata"),
            (#"{"version": "4", "source": {"hash": "0x12"}}"#, "`source.hash` is missing"),
            (
                #"{"version": "4", "source": {"hash": "0x\#(String(repeating: "00", count: 32))"}}"#,
                "`source.wasm` is missing or not hex"
            ),
            (
                #"{"version": "4", "source": {"hash": "0x\#(String(repeating: "00", count: 32))", "wasm": "0x00"}}"#,
                "is not the BLAKE2b-256 of `source.wasm`"
            ),
        ]
        for (text, expected) in cases {
            let error = #expect(throws: ContractError.self) { try ContractBundle(parsing: Array(text.utf8)) }
            #expect(error?.kind == .invalidBundle)
            #expect(error?.description.contains(expected) == true, "\(error?.description ?? "")")
        }
    }

    @Test func theContractIdHashesDeployerCodeHashClusterAndSalt() throws {
        // phala-facts.md §6.2's vector uses code hash [1,2,3]; here the bundle's code hash stands in, so
        // the expected id is BLAKE2b-256 of the four parts (Python hashlib.blake2b, digest_size=32).
        let bundle = try Self.fixture("flipper.contract")
        let id = bundle.contractId(
            deployer: AccountId32(FixedBytes(repeating: 1)),
            cluster: H256(FixedBytes(repeating: 1)),
            salt: [1, 2, 3]
        )
        #expect(id.description == Self.expectedId)
    }

    /// hashlib.blake2b(b"\x01"*32 + bytes.fromhex("f6a5…6d74") + b"\x01"*32 + b"\x01\x02\x03", digest_size=32).
    static let expectedId = "0x1a3f47c1a87cc4dd4e528148ceea9b468d83e4d503da0301789e9296e035d620"
}
