"""Drives the node API with the unmodified substrate-interface (1.8.1, see substrate-rpc.md §0).

Usage: substrate_interface_client.py PORT. Prints one line per failed check to stderr, "ok" on stdout
when every check passed, and exits non-zero otherwise.
"""
import sys

from substrateinterface import Keypair, SubstrateInterface
from substrateinterface.exceptions import SubstrateRequestException

failures = []


def check(name, condition):
    if not condition:
        failures.append(name)
        print("FAILED:", name, file=sys.stderr)


substrate = SubstrateInterface(url=f"ws://127.0.0.1:{sys.argv[1]}")
alice = Keypair.create_from_uri("//Alice", ss58_format=30)
bob = Keypair.create_from_uri("//Bob", ss58_format=30)

check("chain name", substrate.chain == "Development")
substrate.init_runtime()
check("spec version", substrate.runtime_version == 100)
check("ss58 format", substrate.ss58_format == 30)
check("token symbol", substrate.token_symbol == "PHA")

before = substrate.query("System", "Account", [alice.ss58_address]).value
check("alice is endowed", before["data"]["free"] > 0)
check("alice nonce", substrate.get_account_nonce(alice.ss58_address) == 1)

block = substrate.get_block(block_number=1)
check("block 1 number", block["header"]["number"] == 1)
check("block 1 has the inherent and the transfer", len(block["extrinsics"]) == 2)
events = substrate.get_events(block["header"]["hash"])
names = [(e.value["module_id"], e.value["event_id"]) for e in events]
check("transfer event", ("Balances", "Transfer") in names)
check("fee event", ("TransactionPayment", "TransactionFeePaid") in names)

accounts = list(substrate.query_map("System", "Account", page_size=3))
check("query_map pages over every account", len(accounts) == 9)  # 7 dev keys, treasury, subsidy pool

finalized = substrate.get_block_header(finalized_only=True)
check("finalized header", finalized["header"]["number"] >= 1)

call = substrate.compose_call("Balances", "transfer_keep_alive", {"dest": bob.ss58_address, "value": 10**12})
info = substrate.get_payment_info(call, alice)
check("payment info", info["partialFee"] > 0 and info["class"] == "Normal")

heads = substrate.subscribe_block_headers(lambda header, update, subscription: header)
check("head subscription", heads["header"]["number"] >= 2)
seen = substrate.query(
    "System", "Account", [alice.ss58_address], subscription_handler=lambda value, update, subscription: value
)
check("storage subscription", seen.value["nonce"] == 1)

extrinsic = substrate.create_signed_extrinsic(call=call, keypair=alice)
receipt = substrate.submit_extrinsic(extrinsic, wait_for_inclusion=True)
check("included", receipt.is_success)
check("fee", receipt.total_fee_amount > 0)

mortal = substrate.create_signed_extrinsic(call=call, keypair=alice, era={"period": 64})
receipt = substrate.submit_extrinsic(mortal, wait_for_finalization=True)
check("finalized mortal transfer", receipt.is_success)

stale = substrate.create_signed_extrinsic(call=call, keypair=alice, nonce=0)
try:
    substrate.submit_extrinsic(stale)
    check("stale nonce refused", False)
except SubstrateRequestException as error:
    check("stale nonce refused", "outdated" in str(error))

if failures:
    sys.exit(1)
print("ok")
