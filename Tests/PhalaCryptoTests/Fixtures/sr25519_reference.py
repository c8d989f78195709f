"""sr25519 reference for the Swift tests: py-sr25519-bindings (schnorrkel 0.11, context b"substrate").

Input (stdin): one request per line, words separated by spaces, byte strings in hex ("-" for empty).
Output (stdout): one line per request, same order, byte strings in hex separated by spaces.

  pair SEED                          -> PUBLIC SECRET         (pair_from_seed)
  sign PUBLIC SECRET MESSAGE         -> SIGNATURE             (sign)
  verify SIGNATURE MESSAGE PUBLIC    -> 1 or 0                (verify)
  soft CHAIN PUBLIC SECRET           -> CHAIN PUBLIC SECRET   (derive_keypair, junction index b"")
  softpublic CHAIN PUBLIC            -> CHAIN PUBLIC          (derive_pubkey, junction index b"")
  hard CHAIN PUBLIC SECRET           -> CHAIN PUBLIC SECRET   (hard_derive_keypair, junction index b"")

Reference: py-sr25519-bindings 0.2.4, as installed by Tests/requirements.txt.
"""
import sys

import sr25519


def unhex(word):
    return b"" if word == "-" else bytes.fromhex(word)


for line in sys.stdin:
    words = line.split()
    if not words:
        continue
    op, args = words[0], [unhex(word) for word in words[1:]]
    if op == "pair":
        result = sr25519.pair_from_seed(args[0])
    elif op == "sign":
        result = (sr25519.sign((args[0], args[1]), args[2]),)
    elif op == "verify":
        result = (b"\x01" if sr25519.verify(args[0], args[1], args[2]) else b"\x00",)
    elif op == "soft":
        result = sr25519.derive_keypair((args[0], args[1], args[2]), b"")
    elif op == "softpublic":
        result = sr25519.derive_pubkey((args[0], args[1]), b"")
    elif op == "hard":
        result = sr25519.hard_derive_keypair((args[0], args[1], args[2]), b"")
    else:
        sys.exit(f"unknown request {op!r}")
    print(" ".join(part.hex() for part in result))
