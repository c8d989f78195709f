import Testing

@testable import Attestation

@Suite struct JSONValueTests {
    func parse(_ text: String) throws(DcapVerificationError) -> JSONValue {
        try JSONValue.parse(Array(text.utf8), document: "test")
    }

    @Test func stringsAreUnescapedIncludingSurrogatePairs() throws {
        guard case .string(let text) = try parse(#" "a\"b\\c\/d\n\t\u00e9\ud83d\ude00" "#) else {
            Issue.record("expected a string"); return
        }
        #expect(text == "a\"b\\c/d\n\té😀")
    }

    @Test func objectsKeepMemberOrderAndIntegersTheirSign() throws {
        let object = try JSONObject(try parse(#"{"z":1,"a":[-2,true,null],"m":{}}"#), path: .document("test"))
        #expect(object.members.map(\.key) == ["z", "a", "m"])
        #expect(try object.integer("z", in: 0...1) == 1)
        guard case .array(let elements) = try object.required("a"), case .integer(-2) = elements[0] else {
            Issue.record("expected [-2, ...]"); return
        }
    }

    @Test(arguments: [
        "", "{", #"{"a":1,"a":2}"#, "1.5", "1e3", "01", #"{"a":1} x"#, #""\x""#, #""\ud800""#, "[1,]",
        "\"a\u{01}\"", #""\u12""#, String(repeating: "[", count: 40) + String(repeating: "]", count: 40),
        "99999999999999999999", "tru",
    ])
    func invalidOrUnsupportedJSONIsAMalformedCollateralError(text: String) {
        #expect {
            _ = try parse(text)
        } throws: { error in
            guard case .malformedCollateral(field: "test", _) = error as? DcapVerificationError else { return false }
            return true
        }
    }

    @Test func invalidUTF8InsideAStringIsRefused() {
        #expect(throws: DcapVerificationError.self) { try JSONValue.parse([0x22, 0xC3, 0x28, 0x22], document: "test") }
    }
}
