"""Reference for the pink extension's crypto in the Swift tests: py-sr25519-bindings, python-ecdsa, stdlib HKDF.

Input (stdin): one request per line, words separated by spaces, byte strings in hex ("-" for empty).
Output (stdout): one line per request, same order, byte strings in hex separated by spaces.

  derive CLUSTER_SECRET CONTRACT SALT   -> SECRET PUBLIC   (pink-abi.md §5.2 id 4: HKDF-SHA256, salt = PoC-4
                                                            genesis hash, info = contract||salt||"keygen", the
                                                            32 bytes expanded by sr25519.pair_from_seed)
  sr25519verify SIGNATURE MESSAGE PUBLIC -> 1 or 0          (sr25519.verify, context b"substrate")
  ecdsa SECRET DIGEST                   -> PUBLIC R S       (compressed key; RFC 6979 HMAC-SHA256 low-s signature)
  ecdsaverify PUBLIC DIGEST SIGNATURE   -> 1 or 0           (r||s of a 65-byte r||s||v signature)
  blake2 MESSAGE                        -> DIGEST           (blake2b-256)

Reference: py-sr25519-bindings 0.2.4 and ecdsa 0.19.2, as installed by Tests/requirements.txt.
"""
import hashlib
import hmac
import sys

import sr25519
from ecdsa import SECP256k1, BadSignatureError, SigningKey, VerifyingKey
from ecdsa.util import sigdecode_string, sigencode_strings_canonize

SALT = bytes.fromhex("18e876adfa74cc743b4b7d7f92c96e03de559a3c15270581fce445963d90f85e")


def unhex(word):
    return b"" if word == "-" else bytes.fromhex(word)


def hkdf_sha256(ikm, salt, info, length):
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, block, counter = b"", b"", 1
    while len(okm) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        okm += block
        counter += 1
    return okm[:length]


for line in sys.stdin:
    words = line.split()
    if not words:
        continue
    op, args = words[0], [unhex(word) for word in words[1:]]
    if op == "derive":
        mini = hkdf_sha256(args[0], SALT, args[1] + args[2] + b"keygen", 32)
        public, secret = sr25519.pair_from_seed(mini)
        result = (secret, public)
    elif op == "sr25519verify":
        result = (b"\x01" if sr25519.verify(args[0], args[1], args[2]) else b"\x00",)
    elif op == "ecdsa":
        signing = SigningKey.from_string(args[0], curve=SECP256k1)
        r, s = signing.sign_digest_deterministic(args[1], hashfunc=hashlib.sha256, sigencode=sigencode_strings_canonize)
        result = (signing.get_verifying_key().to_string("compressed"), r, s)
    elif op == "ecdsaverify":
        verifying = VerifyingKey.from_string(args[0], curve=SECP256k1)
        try:
            verified = verifying.verify_digest(args[2][:64], args[1], sigdecode=sigdecode_string)
        except BadSignatureError:
            verified = False
        result = (b"\x01" if verified else b"\x00",)
    elif op == "blake2":
        result = (hashlib.blake2b(args[0], digest_size=32).digest(),)
    else:
        raise SystemExit("unknown request " + op)
    print(" ".join(part.hex() for part in result))
