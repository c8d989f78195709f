/* spin: run() never returns, so only fuel or a deadline can stop it. */
#include "phat.h"

enum {
    SELECTOR_DEFAULT = 0xed4b9d1b, /* default() */
    SELECTOR_RUN = 0xb95b5eb3,     /* run(): loops forever */
};

static volatile u32 turns;

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
    for (;;) turns = turns + 1;
}
