import ContractHost
import PhalaPrimitives
import SCALE
import Testing

/// The SCALE layouts of pink-abi.md §5.3 and §5.4.
@Suite struct PinkTypesTests {
    func roundTrips<T: ScaleCodable & Equatable>(_ value: T) throws -> Bool {
        try T(scaleDecoding: value.scaleEncoded()) == value
    }

    /// pink-abi.md §5.4: 0x40 "phala.pink.event" then 15 zero bytes.
    @Test func pinkTopicIsTheEncodedNameZeroPadded() {
        let expected: [UInt8] = [0x40] + Array("phala.pink.event".utf8) + [UInt8](repeating: 0, count: 15)
        #expect(PinkEvent.topic.bytes == expected)
    }

    /// pink-abi.md §5.3: SigType 0 Ed25519, 1 Sr25519, 2 Ecdsa; HttpRequestError as index, status index + 1.
    @Test func enumIndicesFollowPink() throws {
        #expect(SigType.allCases.map { $0.scaleEncoded() } == [[0], [1], [2]])
        #expect(HttpRequestError.allCases.map(\.rawValue) == Array(0...10))
        #expect(HttpRequestError.notAllowed.statusCode == 7 && HttpRequestError.tooManyRequests.statusCode == 8)
        #expect(HttpRequestError.notAllowed.description == "NotAllowed")
        #expect(JsValue.exception("x").scaleEncoded() == [5, 4, 0x78])
        #expect(JsCode.bytecode([1]).scaleEncoded() == [1, 4, 1])
        #expect(SgxQuote(attestationType: .dcap, quote: [9]).scaleEncoded() == [1, 4, 9])
    }

    /// pink-abi.md §5.3: HttpRequest is url, method, headers, body; HttpResponse is u16 status, reason, headers, body.
    @Test func httpTypesEncodeFieldsInOrder() throws {
        let request = HttpRequest(url: "u", method: "GET", headers: [HttpHeader("k", "v")], body: [7])
        #expect(request.scaleEncoded() == [4, 0x75, 12, 0x47, 0x45, 0x54, 4, 4, 0x6B, 4, 0x76, 4, 7])
        let response = HttpResponse(statusCode: 200, reasonPhrase: "OK", body: [])
        #expect(response.scaleEncoded() == [0xC8, 0x00, 8, 0x4F, 0x4B, 0, 0])
        #expect(try roundTrips(request) && roundTrips(response))
    }

    /// pink-abi.md §5.4: explicit indices 2…12 round-trip; the legacy indices 0 and 1 do not decode.
    @Test func pinkEventsUseTheCurrentNumbering() throws {
        let account = AccountId32(FixedBytes(repeating: 1))
        let events: [PinkEvent] = [
            .setHook(hook: .onBlockEnd, contract: account, selector: 7, gasLimit: 9),
            .deploySidevmTo(contract: account, codeHash: H256(FixedBytes(repeating: 2))),
            .sidevmMessage([1, 2]), .cacheOperation(.remove(key: [3])), .stopSidevm, .forceStopSidevm(contract: account),
            .setLogHandler(account), .setContractWeight(contract: account, weight: 5), .upgradeRuntimeTo(major: 1, minor: 2),
            .sidevmOperation(encoded: [0, 9, 9]), .setJsRuntime(H256(FixedBytes(repeating: 3))),
        ]
        #expect(events.map { $0.scaleEncoded()[0] } == Array(2...12))
        for event in events { #expect(try roundTrips(event)) }
        #expect(PinkEvent.upgradeRuntimeTo(major: 1, minor: 2).scaleEncoded() == [10, 1, 0, 0, 0, 2, 0, 0, 0])
        #expect(events.filter(\.isPrivileged).count == 8)
        #expect(events.filter(\.isAllowedInQuery).count == 6)
        #expect(throws: ScaleDecodingError.self) { try PinkEvent(scaleDecoding: [0, 0]) }
        #expect(throws: ScaleDecodingError.self) { try PinkEvent(scaleDecoding: [1]) }
    }
}
