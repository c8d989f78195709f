/*
 * floaty: uses f64 arithmetic, which only "Relaxed" (indeterministic) code may contain (pink-abi.md §2).
 * run() -> u32 returns floor(sqrt(seed) * 1000) for a seed the optimizer cannot see (2.0 → 1414).
 */
#include "phat.h"

enum {
    SELECTOR_DEFAULT = 0xed4b9d1b, /* default() */
    SELECTOR_RUN = 0xb95b5eb3,     /* run() -> u32 */
};

static volatile double seed = 2.0;

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
    double value = __builtin_sqrt(seed) * 1000.0;
    phat_writer reply = phat_reply_begin();
    phat_write_u32(&reply, (u32)value);
    phat_reply(&reply);
}
