"""secp256k1 ECDSA reference for the Swift tests: python-ecdsa (pure Python).

Input (stdin): one request per line: PRIVATE_KEY DIGEST SIGNATURE, all hex (SIGNATURE is the Swift
side's 64-byte r||s or 65-byte r||s||v; only r||s is read).
Output (stdout): one line per request: PUBLIC_KEY_COMPRESSED R S VERIFIED, where R and S are python's
RFC 6979 (HMAC-SHA256) low-s signature of DIGEST (sign_digest_deterministic with
sigencode_strings_canonize) and VERIFIED is 1 when python accepts the given signature, else 0.

Reference: ecdsa 0.19.2, as installed by Tests/requirements.txt.
"""
import hashlib
import sys

from ecdsa import SECP256k1, BadSignatureError, SigningKey
from ecdsa.util import sigdecode_string, sigencode_strings_canonize

for line in sys.stdin:
    words = line.split()
    if not words:
        continue
    key, digest, signature = (bytes.fromhex(word) for word in words)
    signing = SigningKey.from_string(key, curve=SECP256k1)
    r, s = signing.sign_digest_deterministic(
        digest, hashfunc=hashlib.sha256, sigencode=sigencode_strings_canonize
    )
    verifying = signing.get_verifying_key()
    try:
        verified = verifying.verify_digest(signature[:64], digest, sigdecode=sigdecode_string)
    except BadSignatureError:
        verified = False
    print(verifying.to_string("compressed").hex(), r.hex(), s.hex(), "1" if verified else "0")
