import PhalaPrimitives
import PhalaTesting
import RuntimeSupport
import SCALE
import Testing

@Suite struct RuntimeMetadataTests {
    // //Alice and //Bob (sr25519) and the Balances(1).transfer_keep_alive call, event record and
    // ed25519 extrinsic vectors of substrate-rpc.md §7.4 and §9, checked there against substrate-interface 1.8.1.
    static let alice = "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
    static let bob = "8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48"
    static let transferCall = "010300" + bob + "e5c0"
    static let transferEvent = "00" + "01000000" + "0102" + alice + bob + "39300000000000000000000000000000" + "00"
    static let signedExtrinsic =
        "2d02" + "84" + "0088dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee" + "00"
        + "42f34e0094e114f0fc7beff12d716170f93a4e413bf3dd19ebea7c4f0647804f049bfbe57af6fd1a64f732b66a0f18e859ea131f7b05c7fdb0205971ebfed700"
        + "000000" + transferCall

    static func summary() throws -> [String: Any] {
        try ScaleInfoReference.summary(
            metadata: ToyRuntime.metadata.encoded(),
            call: [
                "call_module": "Balances", "call_function": "transfer_keep_alive",
                "call_args": ["dest": "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty", "value": 12345],
            ],
            events: Hex.bytes("04" + transferEvent) ?? [],
            extrinsic: Hex.bytes(signedExtrinsic) ?? []
        )
    }

    @Test func metadataStartsWithTheMagicAndVersion14() {
        #expect(Array(ToyRuntime.metadata.encoded().prefix(5)) == [0x6d, 0x65, 0x74, 0x61, 0x0e])
    }

    @Test func scalecodecFindsThePalletsAtTheirIndices() throws {
        let summary = try Self.summary()
        #expect(summary["version"] as? Int == 14)
        let pallets = (summary["pallets"] as? [[String: Any]] ?? []).map { "\($0["name"] ?? "")@\($0["index"] ?? "")" }
        #expect(pallets == ["System@0", "Balances@1", "TransactionPayment@2"])
    }

    @Test func scalecodecFindsSystemAccountWithBlake2Concat() throws {
        let account = try Self.summary()["system_account"] as? [String: Any] ?? [:]
        #expect(account["hashers"] as? [String] == ["Blake2_128Concat"])
        #expect(account["key"] as? [String] == ["sp_core", "crypto", "AccountId32"])
        #expect(account["value"] as? [String] == ["frame_system", "AccountInfo"])
        #expect(account["modifier"] as? String == "Default")
        #expect(account["default_length"] as? Int == 80)
    }

    @Test func scalecodecEncodesTransferKeepAliveToTheReferenceBytes() throws {
        let summary = try Self.summary()
        let calls = summary["balances_calls"] as? [String: [[String]]] ?? [:]
        #expect(calls["transfer_keep_alive"]?.map { $0[0] } == ["dest", "value"])
        #expect(summary["call"] as? String == "0x" + Self.transferCall)
        let decoded = summary["call_decoded"] as? [String: Any] ?? [:]
        let arguments = decoded["call_args"] as? [[String: Any]] ?? []
        #expect(
            arguments.map { "\($0["name"] ?? ""):\($0["type"] ?? "")" } == ["dest:AccountIdLookupOf", "value:Balance"]
        )
        #expect(arguments.first?["value"] as? String == "0x" + Self.bob)
    }

    @Test func scalecodecDecodesATransferEventRecord() throws {
        let events = try Self.summary()["events"] as? [[String: Any]] ?? []
        #expect(events.count == 1)
        #expect(events.first?["module_id"] as? String == "Balances")
        #expect(events.first?["event_id"] as? String == "Transfer")
        #expect(events.first?["extrinsic_idx"] as? Int == 1)
        let attributes = events.first?["attributes"] as? [String: Any] ?? [:]
        #expect(attributes["amount"] as? Int == 12345)
        #expect(attributes["from"] as? String == "0x" + Self.alice)
        #expect(attributes["to"] as? String == "0x" + Self.bob)
    }

    @Test func scalecodecFindsModuleErrorsBySignedExtensionsAndDecodesASignedExtrinsic() throws {
        let summary = try Self.summary()
        #expect(summary["module_error"] as? String == "InsufficientBalance")
        #expect(
            summary["signed_extensions"] as? [String] == [
                "CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis", "CheckMortality",
                "CheckNonce",
                "CheckWeight", "ChargeTransactionPayment",
            ]
        )
        let extrinsic = summary["extrinsic"] as? [String: Any] ?? [:]
        let call = extrinsic["call"] as? [String: Any] ?? [:]
        #expect(call["call_module"] as? String == "Balances")
        #expect(call["call_function"] as? String == "transfer_keep_alive")
        #expect(extrinsic["nonce"] as? Int == 0)
        #expect(
            extrinsic["extrinsic_hash"] as? String
                == "0xb43beaf30ae0c96076b296dd3f27c9e9fd01b9a2704f83fd0414ea8a2d2c0b7a"
        )
        #expect(extrinsic["address"] as? String == "0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee")
    }

    @Test func everyPathClientsResolveIsPresent() throws {
        // substrate-rpc.md §5.3.
        let paths = Set(try Self.summary()["paths"] as? [String] ?? [])
        let required = [
            "sp_core::crypto::AccountId32", "primitive_types::H256", "sp_runtime::multiaddress::MultiAddress",
            "sp_runtime::MultiSignature", "sp_runtime::generic::era::Era",
            "sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic", "frame_system::EventRecord",
            "toy_runtime::RuntimeCall", "toy_runtime::RuntimeEvent", "frame_system::pallet::Call",
            "frame_system::pallet::Event",
            "frame_system::pallet::Error", "pallet_balances::pallet::Call", "sp_weights::weight_v2::Weight",
            "sp_runtime::generic::digest::DigestItem", "sp_runtime::generic::digest::Digest",
            "frame_system::AccountInfo",
            "pallet_balances::types::AccountData", "frame_support::dispatch::DispatchInfo", "sp_runtime::DispatchError",
        ]
        #expect(required.filter { !paths.contains($0) } == [])
    }
}
