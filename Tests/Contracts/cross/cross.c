/*
 * cross: instantiates a flipper and talks to it (seal1.instantiate, seal1.call).
 *
 * new(flipper_code_hash: [u8; 32]) is payable; it instantiates the flipper code with new(true)
 * (input 9bae9d5e 01), no value, all remaining gas and the salt 00, and keeps the callee's address
 * as the root struct { other: AccountId }.
 */
#include "phat.h"

enum {
    SELECTOR_NEW = 0x9bae9d5e,        /* new(flipper_code_hash: [u8; 32]), payable */
    SELECTOR_CALL_OTHER = 0x64d4dd50, /* call_other() -> bool */
    SELECTOR_FLIP_OTHER = 0x2f8e57f8, /* flip_other() */
    SELECTOR_OTHER = 0x96396e0f,      /* other() -> AccountId */
    FLIPPER_NEW = 0x9bae9d5e,
    FLIPPER_FLIP = 0x633aa551,
    FLIPPER_GET = 0x2f865bd9,
};

static const u8 no_value[16] = {0};

static void load_other(u8 other[32]) {
    phat_reader root = phat_root_read();
    const u8 *stored = phat_read_array(&root, 32);
    phat_expect_complete(&root, "root storage is not { other: AccountId }");
    memcpy(other, stored, 32);
}

/// Calls `selector` (no arguments) on the stored flipper and returns a reader over its output.
static phat_reader call_flipper(u32 selector) {
    u8 other[32];
    load_other(other);
    u8 input[4] = {(u8)(selector >> 24), (u8)(selector >> 16), (u8)(selector >> 8), (u8)selector};
    u32 length = PHAT_BUFFER_SIZE;
    u32 code = phat_host_call(0, other, 0, no_value, input, 4, phat_scratch_buffer, &length);
    if (code != 0) phat_panic("the call to the flipper failed");
    phat_reader output = phat_reader_over(phat_scratch_buffer, length);
    if (phat_read_u8(&output) != 0) phat_panic("the flipper answered with a LangError");
    return output;
}

void deploy(void) {
    phat_call call = phat_read_call();
    switch (call.selector) {
    case SELECTOR_NEW: {
        const u8 *code_hash = phat_read_array(&call.arguments, 32);
        phat_arguments_done(&call.arguments);
        static const u8 constructor[5] = {FLIPPER_NEW >> 24, (FLIPPER_NEW >> 16) & 0xff, (FLIPPER_NEW >> 8) & 0xff,
                                          FLIPPER_NEW & 0xff, 1};
        static const u8 salt[1] = {0};
        u8 address[32];
        u32 address_length = sizeof address;
        u32 output_length = PHAT_BUFFER_SIZE;
        u32 code = phat_host_instantiate(code_hash, 0, no_value, constructor, sizeof constructor, address,
                                         &address_length, phat_scratch_buffer, &output_length, salt, sizeof salt);
        if (code != 0 || address_length != 32) phat_panic("instantiating the flipper failed");
        phat_storage_write(phat_root_key, 4, address, 32);
        phat_constructor_done();
    }
    default:
        phat_could_not_read_input();
    }
}

void call(void) {
    phat_call call = phat_read_call();
    switch (call.selector) {
    case SELECTOR_CALL_OTHER: {
        phat_deny_value();
        phat_reader output = call_flipper(FLIPPER_GET);
        int value = phat_read_bool(&output);
        phat_expect_complete(&output, "the flipper's get did not return a bool");
        phat_writer reply = phat_reply_begin();
        phat_write_bool(&reply, value);
        phat_reply(&reply);
    }
    case SELECTOR_FLIP_OTHER: {
        phat_deny_value();
        phat_reader output = call_flipper(FLIPPER_FLIP);
        phat_expect_complete(&output, "the flipper's flip returned data");
        phat_reply_unit();
    }
    case SELECTOR_OTHER: {
        phat_deny_value();
        u8 other[32];
        load_other(other);
        phat_writer reply = phat_reply_begin();
        phat_write_raw(&reply, other, 32);
        phat_reply(&reply);
    }
    default:
        phat_could_not_read_input();
    }
}
