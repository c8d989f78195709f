/* flipper: one bool in root storage that messages flip and read. */
#include "phat.h"

enum {
    SELECTOR_NEW = 0x9bae9d5e,     /* new(init_value: bool) */
    SELECTOR_DEFAULT = 0xed4b9d1b, /* default() */
    SELECTOR_FLIP = 0x633aa551,    /* flip() */
    SELECTOR_GET = 0x2f865bd9,     /* get() -> bool */
};

static void store(int value) {
    u8 encoded[1] = {value ? 1 : 0};
    phat_storage_write(phat_root_key, 4, encoded, 1);
}

static int load(void) {
    phat_reader root = phat_root_read();
    int value = phat_read_bool(&root);
    phat_expect_complete(&root, "root storage is not a bool");
    return value;
}

void deploy(void) {
    phat_call call = phat_read_call();
    switch (call.selector) {
    case SELECTOR_NEW: {
        int value = phat_read_bool(&call.arguments);
        phat_arguments_done(&call.arguments);
        phat_deny_value();
        store(value);
        phat_constructor_done();
    }
    case SELECTOR_DEFAULT:
        phat_deny_value();
        store(0);
        phat_constructor_done();
    default:
        phat_could_not_read_input();
    }
}

void call(void) {
    phat_call call = phat_read_call();
    switch (call.selector) {
    case SELECTOR_FLIP:
        phat_deny_value();
        store(!load());
        phat_reply_unit();
    case SELECTOR_GET: {
        phat_deny_value();
        phat_writer reply = phat_reply_begin();
        phat_write_bool(&reply, load());
        phat_reply(&reply);
    }
    default:
        phat_could_not_read_input();
    }
}
