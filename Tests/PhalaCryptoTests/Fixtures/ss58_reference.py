"""SS58 reference for the Swift tests: encodes payloads with scalecodec's ss58_encode.

Input (stdin): JSON list of [prefix, payload_hex]. Output (stdout): JSON list of addresses, same order.
Reference: scalecodec 1.2.12 (scalecodec.utils.ss58), as installed by Tests/requirements.txt.
"""
import json
import sys

from scalecodec.utils.ss58 import ss58_encode

requests = json.load(sys.stdin)
json.dump([ss58_encode(bytes.fromhex(payload), ss58_format=prefix) for prefix, payload in requests], sys.stdout)
