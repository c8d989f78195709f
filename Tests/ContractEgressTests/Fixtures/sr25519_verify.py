"""Verifies an sr25519 signature (signing context b"substrate") with py-sr25519-bindings 0.2.4.

Arguments: SIGNATURE MESSAGE PUBLIC, each in hex. Prints 1 when the signature is valid, 0 otherwise.
"""
import sys

import sr25519

signature, message, public = (bytes.fromhex(word) for word in sys.argv[1:4])
print(1 if sr25519.verify(signature, message, public) else 0)
