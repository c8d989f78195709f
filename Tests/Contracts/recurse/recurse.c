/* recurse: run() recurses without bound, so the host's stack limit has to stop it. */
#include "phat.h"

enum {
    SELECTOR_DEFAULT = 0xed4b9d1b, /* default() */
    SELECTOR_RUN = 0xb95b5eb3,     /* run(): never returns */
};

static volatile u32 depth;

#pragma clang diagnostic ignored "-Winfinite-recursion"

/* Not a tail call (the result is used) and not inlinable, so every level is a real Wasm frame. */
__attribute__((noinline)) static u32 descend(u32 level) {
    depth = level;
    return descend(level + 1) + depth;
}

void deploy(void) {
    phat_call call = phat_read_call();
    if (call.selector != SELECTOR_DEFAULT) phat_could_not_read_input();
    phat_deny_value();
    phat_constructor_done();
}

void call(void) {
    phat_call call = phat_read_call();
    if (call.selector != SELECTOR_RUN) phat_could_not_read_input();
    phat_deny_value();
    phat_writer reply = phat_reply_begin();
    phat_write_u32(&reply, descend(0));
    phat_reply(&reply);
}
