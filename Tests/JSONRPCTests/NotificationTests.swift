import Testing

@testable import JSONRPC

@Suite struct NotificationTests {
    @Test func notificationsHaveSubstrateShape() throws {
        let notification = Notification(method: "chain_newHead", subscription: "00000000000000a1", result: ["number": "0x1a"])
        #expect(
            notification.json.description
                == #"{"jsonrpc":"2.0","method":"chain_newHead","params":{"subscription":"00000000000000a1","result":{"number":"0x1a"}}}"#
        )
        #expect(try Notification(json: notification.json) == notification)
    }

    @Test func numericSubscriptionIdsFromOlderServersBecomeDecimalText() throws {
        let json = try JSONValue(parsing: #"{"jsonrpc":"2.0","method":"m","params":{"subscription":42,"result":null}}"#)
        #expect(try Notification(json: json).subscription == "42")
        #expect(Notification.subscriptionID(.integer(42)) == "42")
        #expect(Notification.subscriptionID(.bool(true)) == nil)
    }

    @Test func serverMessagesAreToldApart() throws {
        let reply = try ServerMessage(parsing: Array(#"{"jsonrpc":"2.0","id":1,"result":true}"#.utf8))
        #expect(reply == .response(Response(id: 1, result: .success(true))))
        let pushed = try ServerMessage(parsing: Array(#"{"jsonrpc":"2.0","method":"m","params":{"subscription":"x","result":2}}"#.utf8))
        #expect(pushed == .notification(Notification(method: "m", subscription: "x", result: 2)))
        #expect(throws: MalformedMessage.self) { try ServerMessage(parsing: Array("{".utf8)) }
    }
}
