#!/usr/bin/env python3
"""Issue 4's first acceptance point, through the unmodified substrate-interface 1.8.1:

    python workers.py ws://127.0.0.1:9944 SECONDS

Within SECONDS, a `phala dev` network must show, decoded through the chain's metadata: a gatekeeper in
`PhalaRegistry.Gatekeeper`, the master public key in `PhalaRegistry.GatekeeperMasterPubkey`, and a
compute worker (a registered worker that is not a gatekeeper) with `initial_score` set in
`PhalaRegistry.Workers`. Prints what it found and how long it took; exits non-zero when time runs out.
"""
import sys
import time

from substrateinterface import SubstrateInterface

URL, SECONDS = sys.argv[1], float(sys.argv[2])
deadline = time.monotonic() + SECONDS
si = SubstrateInterface(url=URL)
found = {}

while time.monotonic() < deadline:
    gatekeepers = [str(key) for key in si.query('PhalaRegistry', 'Gatekeeper').value]
    if gatekeepers and 'gatekeeper' not in found:
        found['gatekeeper'] = gatekeepers[0]
        print(f'ok   gatekeeper registered: {gatekeepers[0]}', flush=True)
    master = si.query('PhalaRegistry', 'GatekeeperMasterPubkey').value
    if master and 'master' not in found:
        found['master'] = master
        print(f'ok   master public key on chain: {master}', flush=True)
    for key, info in si.query_map('PhalaRegistry', 'Workers'):
        pubkey, value = str(key.value), info.value
        if pubkey not in gatekeepers and value.get('initial_score') is not None and 'worker' not in found:
            found['worker'] = pubkey
            print(f'ok   compute worker {pubkey} registered with initial score {value["initial_score"]}, '
                  f'confidence level {value["confidence_level"]}', flush=True)
    if len(found) == 3:
        print(f'all three within {SECONDS - (deadline - time.monotonic()):.1f} s', flush=True)
        sys.exit(0)
    time.sleep(0.5)

print(f'FAIL after {SECONDS} s only found {sorted(found)}', flush=True)
sys.exit(1)
