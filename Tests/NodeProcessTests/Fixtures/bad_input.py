#!/usr/bin/env python3
"""Bad input against a running node, over WebSocket and HTTP POST (issue 3, "Bad input").

    python bad_input.py ws://127.0.0.1:9944

Malformed JSON, invalid requests, unknown methods, wrong parameter types, an oversized WebSocket frame
(> 16 MiB: the connection is closed with 1009 and a new one works), truncated and garbage extrinsics
through author_submitExtrinsic. Each gets a JSON-RPC error with the expected code, and after each the
node still answers system_health on both transports. Prints one line per check, ends with
`N passed, M failed`, exits non-zero on any failure. Uses websocket-client 1.9.2 and substrate-interface
1.8.1 (to sign a real transfer to truncate).
"""
import json
import signal
import sys
import traceback
import urllib.error
import urllib.request

import websocket
from substrateinterface import Keypair, SubstrateInterface

WS_URL = sys.argv[1]
HTTP_URL = 'http' + WS_URL[2:]
passed, failed = 0, 0


def check(name, condition, detail=''):
    global passed, failed
    if condition:
        passed += 1
        print(f'ok   {name}', flush=True)
    else:
        failed += 1
        print(f'FAIL {name} {detail}', flush=True)


def connect():
    return websocket.create_connection(WS_URL, timeout=20)


def ws_exchange(ws, text):
    ws.send(text)
    return json.loads(ws.recv())


def http_exchange(text):
    request = urllib.request.Request(HTTP_URL, data=text.encode() if isinstance(text, str) else text,
                                     headers={'Content-Type': 'application/json'}, method='POST')
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def healthy(label):
    """system_health answers on a fresh WebSocket and over HTTP."""
    try:
        ws = connect()
        reply = ws_exchange(ws, json.dumps({'jsonrpc': '2.0', 'id': 7, 'method': 'system_health', 'params': []}))
        ws.close()
        status, body = http_exchange(json.dumps({'jsonrpc': '2.0', 'id': 8, 'method': 'system_health'}))
        http_reply = json.loads(body)
        check(f'{label}: node still answers system_health (ws + http)',
              reply.get('id') == 7 and 'peers' in reply.get('result', {})
              and status == 200 and 'peers' in http_reply.get('result', {}), (reply, status, body[:200]))
    except Exception as error:
        check(f'{label}: node still answers system_health (ws + http)', False, repr(error))


def expect_error(label, text, codes, id_expected=None, http_codes=None):
    """The request gets an error reply with one of `codes` over WebSocket, and of `http_codes` (by default
    the same) over HTTP."""
    http_codes = http_codes or codes
    ws = connect()
    try:
        reply = ws_exchange(ws, text)
        code = reply.get('error', {}).get('code')
        check(f'{label} (ws): error {codes}', code in codes and 'result' not in reply
              and reply.get('jsonrpc') == '2.0' and reply.get('id') == id_expected, reply)
        # The same connection keeps serving after the error.
        again = ws_exchange(ws, json.dumps({'jsonrpc': '2.0', 'id': 99, 'method': 'system_health', 'params': []}))
        check(f'{label} (ws): same connection still serves', again.get('id') == 99 and 'result' in again, again)
    except Exception as error:
        check(f'{label} (ws): error {codes}', False, repr(error))
    finally:
        ws.close()
    try:
        status, body = http_exchange(text)
        reply = json.loads(body)
        code = reply.get('error', {}).get('code')
        check(f'{label} (http): error {http_codes}', code in http_codes and 'result' not in reply, (status, reply))
    except Exception as error:
        check(f'{label} (http): error {http_codes}', False, repr(error))
    healthy(label)


def request(method, params, id_=1):
    return json.dumps({'jsonrpc': '2.0', 'id': id_, 'method': method, 'params': params})


def main():
    # Malformed and invalid messages.
    expect_error('malformed JSON', '{"jsonrpc":"2.0","id":1,"method":"system_health"', [-32700])
    expect_error('not JSON at all', 'GET / HTTP/1.1', [-32700])
    expect_error('request without a method', json.dumps({'jsonrpc': '2.0', 'id': 1}), [-32600], 1)
    expect_error('method is a number', json.dumps({'jsonrpc': '2.0', 'id': 1, 'method': 5}), [-32600], 1)
    expect_error('params is a string', json.dumps({'jsonrpc': '2.0', 'id': 1, 'method': 'system_health',
                                                    'params': 'x'}), [-32600, -32602], 1)
    expect_error('unknown method', request('no_suchMethod', []), [-32601], 1)
    expect_error('chain_getBlockHash with a word', request('chain_getBlockHash', ['latest']), [-32602], 1)
    expect_error('chain_getHeader with a number', request('chain_getHeader', [12345]), [-32602], 1)
    expect_error('chain_getHeader with a short hash', request('chain_getHeader', ['0x1234']), [-32602], 1)
    expect_error('state_getStorage with an object', request('state_getStorage', [{'key': 1}]), [-32602], 1)
    expect_error('state_getStorage with odd hex', request('state_getStorage', ['0x123']), [-32602], 1)
    expect_error('state_getKeysPaged with a negative count', request('state_getKeysPaged', ['0x', -1]), [-32602], 1)
    expect_error('author_submitExtrinsic without params', request('author_submitExtrinsic', []), [-32602], 1)
    expect_error('author_submitExtrinsic with non-hex', request('author_submitExtrinsic', ['0xzz']), [-32602], 1)

    # Extrinsics: a real signed transfer, cut, flipped and replaced by garbage.
    si = SubstrateInterface(url=WS_URL)
    alice = Keypair.create_from_uri('//Alice', ss58_format=si.ss58_format)
    bob = Keypair.create_from_uri('//Bob', ss58_format=si.ss58_format)
    call = si.compose_call('Balances', 'transfer_keep_alive', {'dest': bob.ss58_address, 'value': 10 ** 12})
    good = bytes(si.create_signed_extrinsic(call, alice).data.data)
    si.close()
    for cut in [1, 10, len(good) // 2, len(good) - 1]:
        expect_error(f'extrinsic truncated to {cut} of {len(good)} bytes',
                     request('author_submitExtrinsic', ['0x' + good[:cut].hex()]), [1001, 1002], 1)
    expect_error('extrinsic with trailing garbage', request('author_submitExtrinsic', ['0x' + (good + b'\x00\x01').hex()]),
                 [1001, 1002], 1)
    expect_error('garbage extrinsic', request('author_submitExtrinsic', ['0x' + bytes(range(7, 200)).hex()]),
                 [1001, 1002], 1)
    expect_error('empty extrinsic', request('author_submitExtrinsic', ['0x']), [1001, 1002], 1)
    # After the signer's 32-byte key comes the MultiSignature variant byte, then the 64-byte signature.
    signature_at = good.index(alice.public_key) + 32 + 1
    flipped = bytearray(good)
    flipped[signature_at + 5] ^= 0x01
    expect_error('extrinsic with a flipped signature bit', request('author_submitExtrinsic', ['0x' + flipped.hex()]),
                 [1010], 1)
    # Over HTTP a subscription method is refused as such (substrate-rpc.md §1: HTTP has no subscriptions).
    expect_error('watched extrinsic truncated', request('author_submitAndWatchExtrinsic', ['0x' + good[:20].hex()]),
                 [1001, 1002], 1, http_codes=[-32601, 1001, 1002])

    # An oversized WebSocket frame: its header announces 17 MiB; the node answers with close code 1009 as
    # soon as it reads the header (the payload is never sent, so the close frame cannot be lost to a reset).
    huge = '{"jsonrpc":"2.0","id":1,"method":"system_health","params":["' + 'a' * (17 << 20) + '"]}'
    ws = connect()
    close_code = None
    try:
        mask = b'\x01\x02\x03\x04'
        ws.sock.sendall(bytes([0x81, 0x80 | 127]) + (17 << 20).to_bytes(8, 'big') + mask + bytes(64))
        while True:
            opcode, frame = ws.recv_data_frame(control_frame=True)
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                close_code = int.from_bytes(frame.data[:2], 'big') if len(frame.data) >= 2 else None
                break
    except Exception as error:
        print(f'     (oversized frame: {error!r})', flush=True)
    finally:
        ws.close()
    check('oversized frame (17 MiB announced): connection closed with 1009', close_code == 1009, close_code)
    healthy('oversized frame')

    # The same frame really sent: the connection ends (with 1009, or reset while the client still writes).
    ws = connect()
    try:
        ws.send(huge)
        opcode, frame = ws.recv_data_frame(control_frame=True)
        closed = opcode == websocket.ABNF.OPCODE_CLOSE and int.from_bytes(frame.data[:2], 'big') == 1009
        check('oversized frame (17 MiB sent): connection closed with 1009', closed, (opcode, frame.data[:2]))
    except (ConnectionError, websocket.WebSocketConnectionClosedException) as error:
        check('oversized frame (17 MiB sent): connection closed', True)
        print(f'     ({error!r})', flush=True)
    finally:
        ws.close()
    healthy('oversized frame sent')

    # An oversized HTTP body is refused, and the node keeps serving.
    try:
        status, body = http_exchange(huge)
        refused = status >= 400 or 'error' in json.loads(body)
        check('oversized HTTP body (17 MiB) refused', refused, (status, body[:200]))
    except Exception as error:  # the server may also close the connection while the body is being sent
        check('oversized HTTP body (17 MiB) refused', True, repr(error))
        print(f'     (closed: {error!r})', flush=True)
    healthy('oversized HTTP body')


def on_timeout(signum, frame):
    print('FAIL timed out; the node stopped answering', flush=True)
    traceback.print_stack(frame)
    sys.exit(2)


if __name__ == '__main__':
    signal.signal(signal.SIGALRM, on_timeout)
    signal.alarm(int(sys.argv[2]) if len(sys.argv) > 2 else 180)
    try:
        main()
    except Exception:
        failed += 1
        print('FAIL unexpected exception:', flush=True)
        traceback.print_exc(file=sys.stdout)
    print(f'{passed} passed, {failed} failed', flush=True)
    sys.exit(1 if failed else 0)
