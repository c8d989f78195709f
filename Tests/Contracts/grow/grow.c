/*
 * grow: asks for more linear memory than pink allows. Its memory import declares no maximum, so
 * the host's limit of 64 pages (pink-abi.md §2) is the only bound.
 *
 * run() grows by 100 pages and traps when memory.grow fails (returns -1).
 * grow(pages: u32) -> u32 grows by `pages` and returns the previous size in pages; traps on failure.
 */
#include "phat.h"

enum {
    SELECTOR_DEFAULT = 0xed4b9d1b, /* default() */
    SELECTOR_RUN = 0xb95b5eb3,     /* run() */
    SELECTOR_GROW = 0x590ffece,    /* grow(pages: u32) -> u32 */
};

static u32 grow_or_trap(u32 pages) {
    int previous = __builtin_wasm_memory_grow(0, pages);
    if (previous == -1) phat_panic("memory.grow failed");
    return (u32)previous;
}

void deploy(void) {
    phat_call call = phat_read_call();
    if (call.selector != SELECTOR_DEFAULT) phat_could_not_read_input();
    phat_deny_value();
    phat_constructor_done();
}

void call(void) {
    phat_call call = phat_read_call();
    switch (call.selector) {
    case SELECTOR_RUN:
        phat_deny_value();
        grow_or_trap(100);
        phat_reply_unit();
    case SELECTOR_GROW: {
        u32 pages = phat_read_u32(&call.arguments);
        phat_arguments_done(&call.arguments);
        phat_deny_value();
        phat_writer reply = phat_reply_begin();
        phat_write_u32(&reply, grow_or_trap(pages));
        phat_reply(&reply);
    }
    default:
        phat_could_not_read_input();
    }
}
