/*
 * kvstore: byte keys to byte values, one namespace per caller.
 *
 * An entry lives under the variable storage key 01000000 ‖ caller (32 bytes) ‖ BLAKE2b-256(key)
 * (68 bytes, below the 128-byte limit of pink-abi.md §4), so account A can never reach B's entries.
 * The root struct (key 00000000) counts the writes: { writes: u32 }.
 */
#include "phat.h"

enum {
    SELECTOR_DEFAULT = 0xed4b9d1b, /* default() */
    SELECTOR_SET = 0xe8c45eb6,     /* set(key: Vec<u8>, value: Vec<u8>) */
    SELECTOR_GET = 0x2f865bd9,     /* get(key: Vec<u8>) -> Option<Vec<u8>> */
};

enum { ENTRY_KEY_LENGTH = 4 + 32 + 32 };

static void entry_key(phat_bytes key, u8 storage_key[ENTRY_KEY_LENGTH]) {
    storage_key[0] = 1;
    storage_key[1] = storage_key[2] = storage_key[3] = 0;
    phat_caller(storage_key + 4);
    phat_host_blake2_256(key.data, key.length, storage_key + 36);
}

static void write_root(u32 writes) {
    u8 encoded[4];
    phat_writer root = phat_writer_over(encoded, sizeof encoded);
    phat_write_u32(&root, writes);
    phat_root_write(&root);
}

void deploy(void) {
    phat_call call = phat_read_call();
    switch (call.selector) {
    case SELECTOR_DEFAULT:
        phat_deny_value();
        write_root(0);
        phat_constructor_done();
    default:
        phat_could_not_read_input();
    }
}

void call(void) {
    phat_call call = phat_read_call();
    switch (call.selector) {
    case SELECTOR_SET: {
        phat_bytes key = phat_read_vec(&call.arguments);
        phat_bytes value = phat_read_vec(&call.arguments);
        phat_arguments_done(&call.arguments);
        phat_deny_value();
        u8 storage_key[ENTRY_KEY_LENGTH];
        entry_key(key, storage_key);
        phat_storage_write(storage_key, ENTRY_KEY_LENGTH, value.data, value.length);
        phat_reader root = phat_root_read();
        u32 writes = phat_read_u32(&root);
        phat_expect_complete(&root, "root storage is not { writes: u32 }");
        write_root(writes + 1);
        phat_reply_unit();
    }
    case SELECTOR_GET: {
        phat_bytes key = phat_read_vec(&call.arguments);
        phat_arguments_done(&call.arguments);
        phat_deny_value();
        u8 storage_key[ENTRY_KEY_LENGTH];
        entry_key(key, storage_key);
        phat_reader value;
        phat_writer reply = phat_reply_begin();
        if (phat_storage_read(storage_key, ENTRY_KEY_LENGTH, &value)) {
            phat_write_u8(&reply, 1);
            phat_write_vec(&reply, value.data, value.length);
        } else {
            phat_write_u8(&reply, 0);
        }
        phat_reply(&reply);
    }
    default:
        phat_could_not_read_input();
    }
}
