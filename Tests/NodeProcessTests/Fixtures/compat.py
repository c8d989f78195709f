#!/usr/bin/env python3
"""Compatibility suite: drives a fresh `phala dev` node with the unmodified substrate-interface 1.8.1.

    python compat.py ws://127.0.0.1:9944

Checks every acceptance point of issue 3's first bullet, plus the header-hash and subscription checks of
substrate-rpc.md §12. Prints one line per check (`ok   name` / `FAIL name detail`), ends with
`N passed, M failed` and exits non-zero on any failure. Assumes a fresh development chain: Alice..Ferdie
(sr25519) and ed25519 //Alice endowed with 1,000,000 PHA each, SS58 prefix 30, 12 decimals.
"""
import hashlib
import signal
import sys
import traceback

from bip39 import bip39_to_mini_secret  # installed with substrate-interface (py-bip39-bindings)
from substrateinterface import Keypair, KeypairType, SubstrateInterface
from substrateinterface.constants import DEV_PHRASE
from substrateinterface.exceptions import SubstrateRequestException

URL = sys.argv[1]
PHA = 10 ** 12
ENDOWMENT = 1_000_000 * PHA
passed, failed = 0, 0


def check(name, condition, detail=''):
    global passed, failed
    if condition:
        passed += 1
        print(f'ok   {name}', flush=True)
    else:
        failed += 1
        print(f'FAIL {name} {detail}', flush=True)


def ed25519_dev(name, ss58_format):
    """substrate-interface cannot derive //Name for ed25519; Substrate's hard derivation by hand (§12)."""
    mini = bytes(bip39_to_mini_secret(DEV_PHRASE, ''))
    junction = (bytes([len(name) << 2]) + name.encode()).ljust(32, b'\0')
    tag = b'Ed25519HDKD'
    seed = hashlib.blake2b(bytes([len(tag) << 2]) + tag + mini + junction, digest_size=32).digest()
    return Keypair.create_from_seed(seed.hex(), ss58_format=ss58_format, crypto_type=KeypairType.ED25519)


def compact(n):
    if n < 1 << 6:
        return bytes([n << 2])
    if n < 1 << 14:
        return ((n << 2) | 1).to_bytes(2, 'little')
    if n < 1 << 30:
        return ((n << 2) | 2).to_bytes(4, 'little')
    b = n.to_bytes((n.bit_length() + 7) // 8, 'little')
    return bytes([((len(b) - 4) << 2) | 3]) + b


def header_hash(h):
    """blake2_256(SCALE(header)) computed client-side, as polkadot.js does."""
    enc = bytes.fromhex(h['parentHash'][2:]) + compact(int(h['number'], 16)) + \
        bytes.fromhex(h['stateRoot'][2:]) + bytes.fromhex(h['extrinsicsRoot'][2:]) + \
        compact(len(h['digest']['logs'])) + b''.join(bytes.fromhex(x[2:]) for x in h['digest']['logs'])
    return '0x' + hashlib.blake2b(enc, digest_size=32).hexdigest()


def free(si, keypair, block_hash=None):
    return si.query('System', 'Account', [keypair.ss58_address], block_hash=block_hash).value['data']['free']


def parent_of(si, block_hash):
    return si.rpc_request('chain_getHeader', [block_hash])['result']['parentHash']


def event_ids(receipt):
    return [(e.value['module_id'], e.value['event_id']) for e in receipt.triggered_events]


def fee_paid(receipt):
    for e in receipt.triggered_events:
        if (e.value['module_id'], e.value['event_id']) == ('TransactionPayment', 'TransactionFeePaid'):
            return e.value['attributes']
    return None


def check_transfer(si, label, receipt, sender, receiver, amount):
    """Success, the three events, the fee, balances at the block against its parent, block and events."""
    check(f'{label}: included in a block', receipt.block_hash is not None)
    check(f'{label}: receipt.is_success', receipt.is_success, receipt.error_message)
    events = event_ids(receipt)
    for wanted in [('Balances', 'Transfer'), ('TransactionPayment', 'TransactionFeePaid'), ('System', 'ExtrinsicSuccess')]:
        check(f'{label}: triggered {wanted[0]}.{wanted[1]}', wanted in events, events)
    fee = receipt.total_fee_amount
    paid = fee_paid(receipt)
    check(f'{label}: total_fee_amount > 0 and equals TransactionFeePaid.actual_fee',
          isinstance(fee, int) and fee > 0 and paid is not None and paid['actual_fee'] == fee and paid['tip'] == 0,
          (fee, paid))
    parent = parent_of(si, receipt.block_hash)
    sent = free(si, sender, parent) - free(si, sender, receipt.block_hash)
    received = free(si, receiver, receipt.block_hash) - free(si, receiver, parent)
    check(f'{label}: sender paid exactly amount + fee', sent == amount + fee, (sent, amount, fee))
    check(f'{label}: receiver got exactly amount', received == amount, (received, amount))
    block = si.get_block(block_hash=receipt.block_hash)
    ours = [x for x in block['extrinsics'] if x is not None and x.value['extrinsic_hash'] == receipt.extrinsic_hash]
    check(f'{label}: get_block contains the extrinsic', len(ours) == 1, receipt.extrinsic_hash)
    header = si.rpc_request('chain_getHeader', [receipt.block_hash])['result']
    check(f'{label}: block hash == blake2_256(SCALE(header))', header_hash(header) == receipt.block_hash,
          (header_hash(header), receipt.block_hash))
    events_at_block = [(e.value['module_id'], e.value['event_id']) for e in si.get_events(block_hash=receipt.block_hash)]
    check(f'{label}: get_events at the block has the transfer', ('Balances', 'Transfer') in events_at_block,
          events_at_block)
    return ours[0] if ours else None


def expect_1010(label, submit, reason):
    try:
        submit()
        check(label, False, 'accepted')
    except SubstrateRequestException as error:
        body = error.args[0] if error.args and isinstance(error.args[0], dict) else {}
        check(label, body.get('code') == 1010 and reason in str(body.get('data', '')), error)


def main():
    si = SubstrateInterface(url=URL)
    si.init_runtime()
    print('chain', si.chain, 'name', si.name, 'version', si.version, 'properties', si.properties, flush=True)
    check('connect: system_chain is the development chain', si.chain == 'Development', si.chain)
    check('connect: properties PHA, 12 decimals, prefix 30',
          si.properties.get('tokenSymbol') == 'PHA' and si.properties.get('tokenDecimals') == 12
          and si.properties.get('ss58Format') == 30, si.properties)

    # Runtime version and metadata.
    version = si.rpc_request('state_getRuntimeVersion', [])['result']
    check('runtime version: spec and transaction versions read',
          isinstance(si.runtime_version, int) and isinstance(si.transaction_version, int)
          and version['specVersion'] == si.runtime_version, version)
    check('metadata: V14 with a portable registry', si.implements_scaleinfo() is True)
    check('metadata: extrinsic version 4', si.metadata[1][1]['extrinsic']['version'] == 4)
    pallets = [p.name for p in si.metadata.pallets]
    check('metadata: pallets', all(p in pallets for p in
          ['System', 'Balances', 'Timestamp', 'TransactionPayment', 'Aura', 'Grandpa', 'Sudo', 'Utility']), pallets)
    check('metadata: System.SS58Prefix is 30', si.get_constant('System', 'SS58Prefix').value == 30)
    check('metadata: Balances.ExistentialDeposit readable', si.get_constant('Balances', 'ExistentialDeposit').value > 0)
    methods = si.rpc_request('rpc_methods', [])['result']['methods']
    for m in ['chain_getBlockHash', 'chain_getHeader', 'chain_getBlock', 'chain_getFinalizedHead', 'state_getMetadata',
              'state_getRuntimeVersion', 'state_getStorage', 'state_getKeysPaged', 'state_queryStorageAt',
              'state_call', 'author_submitExtrinsic', 'author_submitAndWatchExtrinsic', 'chain_subscribeNewHeads',
              'chain_subscribeFinalizedHeads', 'state_subscribeStorage', 'system_health']:
        check(f'rpc_methods lists {m}', m in methods)

    ss58 = si.ss58_format
    alice = Keypair.create_from_uri('//Alice', ss58_format=ss58)
    bob = Keypair.create_from_uri('//Bob', ss58_format=ss58)
    charlie = Keypair.create_from_uri('//Charlie', ss58_format=ss58)
    dave = Keypair.create_from_uri('//Dave', ss58_format=ss58)
    ed_alice = ed25519_dev('Alice', ss58)
    check('ed25519 //Alice public key (substrate-rpc.md §4)',
          ed25519_dev('Alice', 42).ss58_address == '5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu')

    # System.Account of Alice on the fresh chain.
    account = si.query('System', 'Account', [alice.ss58_address])
    check('System.Account(Alice): endowed, nonce 0',
          account.value['data']['free'] == ENDOWMENT and account.value['nonce'] == 0, account.value)

    amount = 3 * PHA
    transfer = si.compose_call('Balances', 'transfer_keep_alive', {'dest': bob.ss58_address, 'value': amount})
    info = si.get_payment_info(transfer, alice)
    check('payment info: partialFee > 0', info is not None and int(info['partialFee']) > 0, info)
    check('account nonce of Alice is 0', si.get_account_nonce(alice.ss58_address) == 0)

    # 1. sr25519 //Alice -> Bob, wait for inclusion.
    receipt = si.submit_extrinsic(si.create_signed_extrinsic(transfer, alice), wait_for_inclusion=True)
    included = receipt.block_hash
    check_transfer(si, 'sr25519 in-block', receipt, alice, bob, amount)
    check('sr25519 in-block: Alice nonce is 1', si.get_account_nonce(alice.ss58_address) == 1)
    number = int(si.rpc_request('chain_getHeader', [included])['result']['number'], 16)
    by_number = si.get_block(block_number=number)
    check('get_block by number gives the same block', by_number['header']['hash'] == included,
          (by_number['header']['hash'], included))

    # 2. Again, wait for finalization.
    receipt = si.submit_extrinsic(si.create_signed_extrinsic(transfer, alice), wait_for_finalization=True)
    check('sr25519 finalized: receipt.finalized', receipt.finalized is True)
    check_transfer(si, 'sr25519 finalized', receipt, alice, bob, amount)
    finalized_head = si.rpc_request('chain_getFinalizedHead', [])['result']
    finalized_number = int(si.rpc_request('chain_getHeader', [finalized_head])['result']['number'], 16)
    included_number = int(si.rpc_request('chain_getHeader', [receipt.block_hash])['result']['number'], 16)
    check('sr25519 finalized: finalized head at or past the block', finalized_number >= included_number,
          (finalized_number, included_number))

    # 3. ed25519 //Alice (endowed at genesis) -> Bob.
    ed_transfer = si.compose_call('Balances', 'transfer_allow_death', {'dest': bob.ss58_address, 'value': amount})
    receipt = si.submit_extrinsic(si.create_signed_extrinsic(ed_transfer, ed_alice), wait_for_inclusion=True)
    check_transfer(si, 'ed25519', receipt, ed_alice, bob, amount)

    # 4. A mortal era (period 64) from Charlie.
    mortal = si.compose_call('Balances', 'transfer_keep_alive', {'dest': dave.ss58_address, 'value': amount})
    receipt = si.submit_extrinsic(si.create_signed_extrinsic(mortal, charlie, era={'period': 64}),
                                  wait_for_inclusion=True)
    extrinsic = check_transfer(si, 'mortal era', receipt, charlie, dave, amount)
    era = extrinsic.value.get('era') if extrinsic is not None else None
    check('mortal era: the included extrinsic carries a mortal era', era not in (None, '00'), era)

    # 5. More than the balance: included as ExtrinsicFailed with Balances' error, fee still charged.
    too_much = si.compose_call('Balances', 'transfer_allow_death', {'dest': alice.ss58_address, 'value': 10 ** 30})
    nonce = si.get_account_nonce(dave.ss58_address)
    receipt = si.submit_extrinsic(si.create_signed_extrinsic(too_much, dave), wait_for_inclusion=True)
    check('overdraft: included', receipt.block_hash is not None)
    check('overdraft: receipt.is_success is False', receipt.is_success is False)
    check('overdraft: System.ExtrinsicFailed triggered', ('System', 'ExtrinsicFailed') in event_ids(receipt),
          event_ids(receipt))
    failure = [e.value['attributes'] for e in receipt.triggered_events if e.value['event_id'] == 'ExtrinsicFailed']
    module = failure[0]['dispatch_error'].get('Module') if failure and isinstance(failure[0]['dispatch_error'], dict) else None
    balances_index = next(p.value['index'] for p in si.metadata.pallets if p.name == 'Balances')
    check('overdraft: dispatch error is a Balances module error',
          module is not None and module['index'] == balances_index, failure)
    check('overdraft: error decodes to Balances.InsufficientBalance',
          receipt.error_message is not None and receipt.error_message.get('type') == 'Module'
          and receipt.error_message.get('name') == 'InsufficientBalance', receipt.error_message)
    fee = receipt.total_fee_amount
    parent = parent_of(si, receipt.block_hash)
    charged = free(si, dave, parent) - free(si, dave, receipt.block_hash)
    check('overdraft: fee still charged, nothing else', isinstance(fee, int) and fee > 0 and charged == fee,
          (charged, fee))
    check('overdraft: nonce bumped', si.get_account_nonce(dave.ss58_address) == nonce + 1)

    # 6. Refused at submission with 1010.
    expect_1010('bad signature refused with 1010',
                lambda: si.submit_extrinsic(si.create_signed_extrinsic(transfer, alice, signature='0x' + '00' * 64)),
                'bad signature')
    expect_1010('bad signature refused with 1010 (watched)',
                lambda: si.submit_extrinsic(si.create_signed_extrinsic(transfer, alice, signature='0x' + '00' * 64),
                                            wait_for_inclusion=True),
                'bad signature')
    expect_1010('stale nonce refused with 1010',
                lambda: si.submit_extrinsic(si.create_signed_extrinsic(transfer, alice, nonce=0)),
                'outdated')

    # 7. query_map over System.Account: the seven endowed accounts, consistent with single queries and
    # with Balances.TotalIssuance.
    accounts = {str(key.value): value.value for key, value in si.query_map('System', 'Account', page_size=3)}
    check('query_map System.Account: the seven endowed accounts at least', len(accounts) >= 7, len(accounts))
    check('query_map System.Account: Alice matches query',
          accounts.get(alice.ss58_address) == si.query('System', 'Account', [alice.ss58_address]).value,
          list(accounts)[:3])
    check('query_map System.Account: ed25519 //Alice present', ed_alice.ss58_address in accounts)
    issuance = si.query('Balances', 'TotalIssuance').value
    total = sum(a['data']['free'] + a['data']['reserved'] for a in accounts.values())
    check('query_map System.Account: balances sum to Balances.TotalIssuance', total == issuance, (total, issuance))

    # 8. The same client over HTTP POST (substrate-rpc.md §1): reads work, same answers.
    over_http = SubstrateInterface(url='http' + URL[2:])
    check('http transport: System.Account(Alice) equals the WebSocket answer',
          over_http.query('System', 'Account', [alice.ss58_address]).value
          == si.query('System', 'Account', [alice.ss58_address]).value)
    over_http.close()

    # 9. Subscriptions (§12 step 5).
    got = si.subscribe_block_headers(lambda obj, n, sid: obj)
    check('chain_subscribeNewHeads delivers a header', got and got['header']['number'] >= 0)
    got = si.subscribe_block_headers(lambda obj, n, sid: obj, finalized_only=True)
    check('chain_subscribeFinalizedHeads delivers a header', got and got['header']['number'] >= 0)
    got = si.query('System', 'Account', [alice.ss58_address], subscription_handler=lambda obj, n, sid: obj)
    check('state_subscribeStorage initial value', got.value['data']['free'] > 0)

    si.close()


def on_timeout(signum, frame):
    print('FAIL timed out; the node did not answer (a hang on a watch status?)', flush=True)
    traceback.print_stack(frame)
    sys.exit(2)


if __name__ == '__main__':
    signal.signal(signal.SIGALRM, on_timeout)
    signal.alarm(int(sys.argv[2]) if len(sys.argv) > 2 else 240)
    try:
        main()
    except Exception:
        failed += 1
        print('FAIL unexpected exception:', flush=True)
        traceback.print_exc(file=sys.stdout)
    print(f'{passed} passed, {failed} failed', flush=True)
    sys.exit(1 if failed else 0)
