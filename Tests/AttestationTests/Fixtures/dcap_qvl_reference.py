"""dcap-qvl reference verdicts for the Swift DCAP verifier tests (issue 7, dcap.md §4).

Reference: PyPI dcap-qvl 0.7.0 (Phala-Network/dcap-qvl's Python binding; 0.5.2 gives identical results
on every sample, dcap.md §4.7). Not yet in Tests/requirements.txt: `pip install dcap-qvl==0.7.0`.

Input (stdin): JSON lines, read COMPLETELY before anything is printed (so a caller may write all of
stdin, close it, then read stdout without deadlocking on full pipes). Each request:
  {"quote_hex": "..." | "quote_path": "sgx_quote",            # binary file; or a hex text file via
                                                               # "quote_hex_path" ("0x" and newlines ok)
   "collateral_json": "{...}" | "collateral_json_path": "sgx_quote_collateral.json",
   "now": 1752919277,                                          # Unix seconds
   "mutate": {"seed": 7, "plan": {"header": 20, ...}}}         # optional, see "Mutations"
Relative paths are resolved against Fixtures/dcap/ next to this script.

Output (stdout): one JSON line per verdict, in request order.
  Verified:  {"ok": true, "status": "UpToDate", "advisory_ids": [...], "ppid": "<hex>"}
  Refused:   {"ok": false, "error": "<whole message, lines stripped and joined by ' | '>",
              "message": "<top message without 'Verification failed: '>",
              "root_cause": "<innermost cause without its 'N: ' index>"}
Examples (dcap.md §4.7): message "QE Identity expired"; message "Failed to verify certificate chain"
with root_cause "CrlExpired { time: UnixTime(1752919235), next_update: UnixTime(1752919235) }";
message "No matching TCB level found".

Mutations: with "mutate", the request yields one verdict line per single-bit flip instead of one for
the quote itself, each with "region", "offset", "bit" and the mutated "quote_hex" added, so the Swift
test verifies exactly the same bytes. Flips are drawn per region, regions in the fixed order of
REGIONS, from SplitMix64(seed) (the same generator as PhalaTesting.SplitMix64): for each flip
offset = start + next() % length, then bit = next() % 8. A region absent from the quote (v5 body
descriptor in v3/v4, TDX wrapper header in v3, padding when there is none) is skipped. The default
plan gives 200 flips on sgx_quote (v3), 210 on tdx_quote (v4, with padding) and 212 on
tdx_quote_outdated (v5), touching the header, body, signature data, QE report, QE auth data and the
PEM certification chain. Seeds and plans are data: a failing flip replays from (seed, plan) alone.
"""
import json
import os
import sys

import dcap_qvl

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dcap")

# Region name -> default number of flips (dcap.md §1 layouts).
REGIONS = [
    ("header", 20),
    ("body_descriptor", 6),
    ("body", 30),
    ("sig_data_len", 4),
    ("quote_signature", 12),
    ("attestation_key", 12),
    ("qe_cert_data_header", 6),
    ("qe_report", 30),
    ("qe_report_signature", 12),
    ("qe_auth_data_len", 4),
    ("qe_auth_data", 10),
    ("cert_data_header", 6),
    ("cert_chain", 60),
    ("padding", 4),
]

MASK = (1 << 64) - 1


class SplitMix64:
    """Steele, Lea and Flood 2014; identical to Sources/PhalaTesting/SplitMix64.swift's next()."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


def u16(data, offset):
    return int.from_bytes(data[offset:offset + 2], "little")


def u32(data, offset):
    return int.from_bytes(data[offset:offset + 4], "little")


def regions(quote):
    """Half-open [start, end) of every region of a well-formed sample quote (dcap.md §1.1-1.7)."""
    version = u16(quote, 0)
    found = {"header": (0, 48)}
    if version == 5:
        found["body_descriptor"] = (48, 54)
        body_start, body_size = 54, u32(quote, 50)
    else:
        tee = u32(quote, 4)
        body_start, body_size = 48, (584 if tee == 0x81 else 384)
    found["body"] = (body_start, body_start + body_size)
    length_at = body_start + body_size
    found["sig_data_len"] = (length_at, length_at + 4)
    sig = length_at + 4
    sig_end = sig + u32(quote, length_at)
    found["quote_signature"] = (sig, sig + 64)
    found["attestation_key"] = (sig + 64, sig + 128)
    cursor = sig + 128
    if version != 3:
        found["qe_cert_data_header"] = (cursor, cursor + 6)
        cursor += 6
    found["qe_report"] = (cursor, cursor + 384)
    found["qe_report_signature"] = (cursor + 384, cursor + 448)
    cursor += 448
    found["qe_auth_data_len"] = (cursor, cursor + 2)
    auth_length = u16(quote, cursor)
    found["qe_auth_data"] = (cursor + 2, cursor + 2 + auth_length)
    cursor += 2 + auth_length
    found["cert_data_header"] = (cursor, cursor + 6)
    chain_length = u32(quote, cursor + 2)
    found["cert_chain"] = (cursor + 6, cursor + 6 + chain_length)
    if len(quote) > sig_end:
        found["padding"] = (sig_end, len(quote))
    return found


def flips(quote, seed, plan):
    rng = SplitMix64(seed)
    layout = regions(quote)
    for name, default in REGIONS:
        if name not in layout:
            continue
        start, end = layout[name]
        for _ in range(plan.get(name, default)):
            offset = start + rng.next() % (end - start)
            bit = rng.next() % 8
            mutated = bytearray(quote)
            mutated[offset] ^= 1 << bit
            yield name, offset, bit, bytes(mutated)


def verdict(quote, collateral_text, now):
    try:
        collateral = dcap_qvl.QuoteCollateralV3.from_json(collateral_text)
        report = dcap_qvl.verify(quote, collateral, now)
    except Exception as error:  # dcap-qvl raises ValueError; a Rust panic surfaces as another Exception
        lines = [line.strip() for line in str(error).splitlines() if line.strip()]
        message = lines[0] if lines else type(error).__name__
        prefix = "Verification failed: "
        cause = lines[-1] if lines else message
        if cause[:1].isdigit() and ": " in cause:
            cause = cause.split(": ", 1)[1]
        return {
            "ok": False,
            "error": " | ".join(lines) or type(error).__name__,
            "message": message[len(prefix):] if message.startswith(prefix) else message,
            "root_cause": cause[len(prefix):] if cause.startswith(prefix) else cause,
        }
    return {
        "ok": True,
        "status": report.status,
        "advisory_ids": list(report.advisory_ids),
        "ppid": bytes(report.ppid).hex(),
    }


def fixture(path):
    return path if os.path.isabs(path) else os.path.join(FIXTURES, path)


def load_quote(request):
    if "quote_hex" in request:
        return bytes.fromhex(request["quote_hex"].removeprefix("0x"))
    if "quote_hex_path" in request:
        with open(fixture(request["quote_hex_path"])) as file:
            return bytes.fromhex(file.read().strip().removeprefix("0x"))
    with open(fixture(request["quote_path"]), "rb") as file:
        return file.read()


def load_collateral(request):
    if "collateral_json" in request:
        return request["collateral_json"]
    with open(fixture(request["collateral_json_path"])) as file:
        return file.read()


def main():
    requests = [json.loads(line) for line in sys.stdin.read().splitlines() if line.strip()]
    output = []
    for request in requests:
        quote, collateral, now = load_quote(request), load_collateral(request), int(request["now"])
        mutate = request.get("mutate")
        if mutate is None:
            output.append(verdict(quote, collateral, now))
            continue
        for region, offset, bit, mutated in flips(quote, int(mutate.get("seed", 0)), mutate.get("plan", {})):
            line = {"region": region, "offset": offset, "bit": bit, "quote_hex": mutated.hex()}
            line.update(verdict(mutated, collateral, now))
            output.append(line)
    sys.stdout.write("".join(json.dumps(line) + "\n" for line in output))


main()
