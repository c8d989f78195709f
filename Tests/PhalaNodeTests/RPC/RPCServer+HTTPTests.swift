import Foundation
import JSONRPC
import PhalaNode
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite struct RPCServerHTTPTests {
    /// POSTs `body` to the server and returns the status and the body.
    private func post(_ body: String, port: Int) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)/")))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = try #require(response as? HTTPURLResponse).statusCode
        return (status, String(decoding: data, as: UTF8.self))
    }

    @Test func methodsAnswerOverHTTPPost() async throws {
        try await withServer(testMethods()) { port in
            let reply = try await post(#"{"jsonrpc":"2.0","id":"h","method":"test_echoAlias","params":[3]}"#, port: port)
            #expect(reply.status == 200)
            #expect(reply.body == #"{"jsonrpc":"2.0","id":"h","result":[3]}"#)
        }
    }

    @Test func errorsOverHTTPUseTheSameCodes() async throws {
        try await withServer(testMethods()) { port in
            let malformed = try JSONValue(parsing: try await post("{", port: port).body)
            #expect(malformed["error"]?["code"] == .integer(-32700))
            let unknown = try JSONValue(parsing: try await post(#"{"jsonrpc":"2.0","id":1,"method":"x"}"#, port: port).body)
            #expect(unknown["error"]?["code"] == .integer(-32601))
            let batch = try JSONValue(parsing: try await post(#"[{"jsonrpc":"2.0","id":1,"method":"test_echo","params":[]}]"#, port: port).body)
            #expect(batch == [["jsonrpc": "2.0", "id": 1, "result": []]])
        }
    }

    @Test func subscriptionsOverHTTPAreRefusedWithAPointerToWebSocket() async throws {
        try await withServer(testMethods()) { port in
            let reply = try JSONValue(parsing: try await post(#"{"jsonrpc":"2.0","id":1,"method":"test_subscribeCount","params":[1]}"#, port: port).body)
            #expect(reply["error"]?["code"] == .integer(-32601))
            #expect(reply["error"]?["data"]?.string?.contains("ws://") == true)
        }
    }

    @Test func notificationsOverHTTPGetNoContent() async throws {
        try await withServer(testMethods()) { port in
            let reply = try await post(#"{"jsonrpc":"2.0","method":"test_echo","params":[]}"#, port: port)
            #expect(reply.status == 204)
            #expect(reply.body.isEmpty)
        }
    }

    @Test func anOversizedBodyGets413AndAJSONRPCError() async throws {
        try await withServer(testMethods(), configuration: RPCServer.Configuration(port: 0, maxFrameSize: 1024)) { port in
            let padding = String(repeating: "0", count: 2048)
            let reply = try await post(#"{"jsonrpc":"2.0","id":1,"method":"test_byteCount","params":["0x\#(padding)"]}"#, port: port)
            #expect(reply.status == 413)
            #expect(try JSONValue(parsing: reply.body)["error"]?["code"] == .integer(-32007))
            let fine = try await post(#"{"jsonrpc":"2.0","id":2,"method":"test_byteCount","params":["0x00"]}"#, port: port)
            #expect(fine.body == #"{"jsonrpc":"2.0","id":2,"result":1}"#)
        }
    }
}
