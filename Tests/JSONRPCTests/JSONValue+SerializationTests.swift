import Testing

@testable import JSONRPC

@Suite struct JSONValueSerializationTests {
    @Test func outputIsCompactAndKeepsMemberOrder() {
        let value: JSONValue = ["z": 1, "a": [true, false, .null], "m": ["nested": "x"]]
        #expect(value.description == #"{"z":1,"a":[true,false,null],"m":{"nested":"x"}}"#)
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharactersOnly() {
        let value = JSONValue.string("q\"b\\n\n r\r t\t \u{8}\u{c}\u{1}\u{1f} /é€😀\u{7f}")
        #expect(value.description == #""q\"b\\n\n r\r t\t \b\f\u0001\u001f /é€😀"# + "\u{7f}\"")
    }

    @Test func integersAndDecimalsPrintExactly() {
        #expect(JSONValue.integer(.min).description == "-9223372036854775808")
        #expect(JSONValue.unsignedInteger(.max).description == "18446744073709551615")
        #expect(JSONValue.decimal("1.50e-3").description == "1.50e-3")
    }

    @Test func parsingThenSerialisingReproducesCompactInput() throws {
        let documents = [
            #"{"jsonrpc":"2.0","id":"abc","method":"state_getStorage","params":["0x26aa",null]}"#,
            #"[1,-2,3.25,18446744073709551615,1e400,"",{},[],{"a":{"b":[{"c":null}]}}]"#,
            #""\u0000 and \\ and \" and é""#,
        ]
        for document in documents {
            let value = try JSONValue(parsing: document)
            let printed = value.description
            #expect(try JSONValue(parsing: printed) == value)
        }
        #expect(try JSONValue(parsing: documents[0]).description == documents[0])
        #expect(try JSONValue(parsing: documents[1]).description == documents[1])
    }

    @Test func whitespaceInInputDisappearsFromOutput() throws {
        let value = try JSONValue(parsing: " {\n\t\"a\" : [ 1 , 2 ] ,\r\n \"b\" : null } ")
        #expect(value.description == #"{"a":[1,2],"b":null}"#)
    }

    @Test func numberLiteralsAreRecognisedExactly() {
        #expect(JSONValue.isNumberLiteral("-0.5e+10"))
        #expect(!JSONValue.isNumberLiteral("1.5 "))
        #expect(!JSONValue.isNumberLiteral("NaN"))
        #expect(!JSONValue.isNumberLiteral(""))
    }
}
