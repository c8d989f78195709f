#!/usr/bin/env python3
"""Drives the Swift RPC server with real Python clients: websocket-client 1.9.2 (the transport
substrate-interface uses) and the standard library's urllib for HTTP POST.

Usage: interop_client.py PORT. Asserts every observation and prints "ok" when all hold; any failed
assertion exits non-zero with a traceback, which fails the Swift test that runs this script.
"""
import json
import sys
import urllib.request

import websocket

port = int(sys.argv[1])
# substrate-interface connects like this (websocket-client sends an Origin header by default).
ws = websocket.create_connection(f"ws://127.0.0.1:{port}", max_size=2**24, origin="https://polkadot.js.org")


def call(payload):
    ws.send(payload if isinstance(payload, str) else json.dumps(payload))
    return json.loads(ws.recv())


def request(id_, method, params):
    return {"jsonrpc": "2.0", "id": id_, "method": method, "params": params}


methods = call(request(1, "rpc_methods", []))["result"]["methods"]
assert "test_echoAlias" in methods and "rpc_methods" in methods, methods

# Ids come back with the same JSON type: Python's == tells 1 from "1".
for id_ in [7, "7", 2**64 - 1, None]:
    reply = call(request(id_, "test_echo", [id_]))
    assert reply["id"] == id_ and type(reply["id"]) is type(id_), reply
    assert reply["result"] == [id_] and reply["jsonrpc"] == "2.0", reply

# "params": null is accepted (substrate-interface sends it for state_getMetadata).
assert call({"jsonrpc": "2.0", "id": 2, "method": "test_echo", "params": None})["result"] is None

reply = call("{not json")
assert reply["id"] is None and reply["error"]["code"] == -32700, reply
reply = call(request(3, "chain_nope", []))
assert reply["error"]["code"] == -32601, reply
reply = call(request(4, "test_byteCount", [5]))
assert reply["error"] == {"code": -32602, "message": "Invalid params",
                          "data": "expected a 0x-prefixed hex string at position 0, got a number"}, reply
assert call(request(5, "test_byteCount", ["0xdeadbeef"]))["result"] == 4

# Subscriptions: the reply's string id is the one every notification carries.
sid = call(request(6, "test_subscribeCount", [2]))["result"]
assert isinstance(sid, str), sid
for expected in (0, 1):
    note = json.loads(ws.recv())
    assert note == {"jsonrpc": "2.0", "method": "test_count",
                    "params": {"subscription": sid, "result": expected}}, note
assert call(request(7, "test_unsubscribeCount", [sid]))["result"] is True
assert call(request(8, "test_unsubscribeCount", [sid]))["result"] is False
assert call(request(9, "test_unsubscribeCount", ["0123"]))["result"] is False

# Pipelining: several requests before reading any reply; replies are matched by id.
for i in range(10, 20):
    ws.send(json.dumps(request(i, "test_echo", [i])))
replies = {}
while len(replies) < 10:
    reply = json.loads(ws.recv())
    replies[reply["id"]] = reply["result"]
assert replies == {i: [i] for i in range(10, 20)}, replies
ws.close()


def post(payload):
    data = json.dumps(payload).encode()
    http = urllib.request.Request(f"http://127.0.0.1:{port}", data=data,
                                  headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(http) as response:
        assert response.status == 200, response.status
        return json.loads(response.read())


assert post(request(20, "test_echo", ["http"])) == {"jsonrpc": "2.0", "id": 20, "result": ["http"]}
error = post(request(21, "test_subscribeCount", [1]))["error"]
assert error["code"] == -32601 and "ws://" in error["data"], error
print("ok")
