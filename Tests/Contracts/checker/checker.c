/*
 * checker: one message per pink chain-extension function, with the labels (hence the selectors) of
 * check_system in pink-abi.md §8.3, so the byte vectors listed there hold for it. Most messages
 * forward their SCALE-encoded arguments unchanged as the extension's argument tuple and answer with
 * the extension's output after checking its shape. The root struct is { flag: String }.
 */
#include "phat.h"

enum {
    SELECTOR_DEFAULT = 0xed4b9d1b,
    SELECTOR_INIT_FAIL = 0x35391d84,
    SELECTOR_INIT_PANIC = 0x15c6e878,
    SELECTOR_IS_IN_TRANSACTION = 0x8e7357da,
    SELECTOR_CACHE_SET = 0xc7524fb9,
    SELECTOR_CACHE_GET = 0x96e42b5e,
    SELECTOR_CACHE_SET_EXPIRATION = 0xa919bfc8,
    SELECTOR_CACHE_REMOVE = 0x3e2793dc,
    SELECTOR_LOG = 0x32626d70,
    SELECTOR_GETRANDOM = 0x89fd04ab,
    SELECTOR_WORKER_PUBKEY = 0x06581136,
    SELECTOR_TIMESTAMP = 0x2e008839,
    SELECTOR_SR25519_DERIVE_KEY = 0x204fef4a,
    SELECTOR_SR25519_GET_PUBLIC_KEY = 0xb6ddbe52,
    SELECTOR_SR25519_SIGN = 0x0bb76c33,
    SELECTOR_SR25519_VERIFY = 0x9896572a,
    SELECTOR_ECDSA_SIGN_PREHASHED = 0x351e8a7c,
    SELECTOR_ECDSA_VERIFY_PREHASHED = 0x47ca1683,
    SELECTOR_RUNTIME_VERSION = 0xf45c0c89,
    SELECTOR_CODE_EXISTS = 0xc3c07e1e,
    SELECTOR_EVENT_CHAIN_HEAD = 0x64e33d0f,
    SELECTOR_CALL_CHAIN_EXT = 0x38d6505c,
    SELECTOR_HTTP_GET = 0xfcc914a7,
    SELECTOR_SET_FLAG = 0xe777292d,
    SELECTOR_FLAG = 0xe5fe2fee,
    SELECTOR_DIRECT_BALANCE_OF = 0xb487a811,
};

/// What an extension's output must look like before it is passed on.
typedef enum { SHAPE_UNIT, SHAPE_BOOL, SHAPE_BYTES, SHAPE_OPTION_BYTES, SHAPE_FIXED } shape;

/// Calls extension `id` with `input`, checks the output against `expected` and replies 0x00 ‖ output.
static PHAT_NORETURN void forward(u32 id, const phat_writer *input, shape expected, u32 fixed_length) {
    phat_reader output;
    phat_chain_extension(id, input, &output);
    switch (expected) {
    case SHAPE_UNIT: break;
    case SHAPE_BOOL: phat_read_bool(&output); break;
    case SHAPE_BYTES: phat_read_vec(&output); break;
    case SHAPE_OPTION_BYTES:
        if (phat_read_bool(&output)) phat_read_vec(&output);
        break;
    case SHAPE_FIXED: phat_read_raw(&output, fixed_length); break;
    }
    phat_expect_complete(&output, "the chain extension returned a value of the wrong shape");
    phat_writer reply = phat_reply_begin();
    phat_write_raw(&reply, output.data, output.length);
    phat_reply(&reply);
}

/// The message's argument bytes (already decoded once to check them) as an extension input.
static phat_writer arguments_as_input(const phat_reader *arguments) {
    phat_arguments_done(arguments);
    phat_writer input = phat_arguments_begin();
    phat_write_raw(&input, arguments->data, arguments->offset);
    return input;
}

/// An extension input that starts with SigType::Sr25519 and continues with the message's arguments.
static phat_writer sr25519_input(const phat_reader *arguments) {
    phat_arguments_done(arguments);
    phat_writer input = phat_arguments_begin();
    phat_write_u8(&input, PHAT_SIG_SR25519);
    phat_write_raw(&input, arguments->data, arguments->offset);
    return input;
}

static const phat_writer no_input = {0, 0, 0};

static PHAT_NORETURN void http_get(phat_bytes url) {
    phat_writer request = phat_arguments_begin();
    phat_write_vec(&request, url.data, url.length);
    phat_write_string(&request, "GET");
    phat_write_compact(&request, 0);
    phat_write_compact(&request, 0);
    phat_reader response;
    phat_chain_extension(PHAT_EXT_HTTP_REQUEST, &request, &response);
    u16 status = phat_read_u16(&response);
    phat_read_vec(&response);
    u32 headers = phat_read_compact(&response);
    for (u32 i = 0; i < headers && !response.failed; i++) {
        phat_read_vec(&response);
        phat_read_vec(&response);
    }
    phat_bytes body = phat_read_vec(&response);
    phat_expect_complete(&response, "http_request returned a malformed HttpResponse");
    phat_writer reply = phat_reply_begin();
    phat_write_u16(&reply, status);
    phat_write_vec(&reply, body.data, body.length);
    phat_reply(&reply);
}

static void write_flag(const u8 *text, u32 length) {
    phat_writer root = phat_arguments_begin();
    phat_write_vec(&root, text, length);
    phat_root_write(&root);
}

void deploy(void) {
    phat_call call = phat_read_call();
    switch (call.selector) {
    case SELECTOR_DEFAULT:
        phat_deny_value();
        write_flag(0, 0);
        phat_constructor_done();
    case SELECTOR_INIT_FAIL: {
        phat_deny_value();
        static const u8 failure[2] = {0, 1}; /* Ok(Err(())) with REVERT */
        phat_host_return(1, failure, 2);
    }
    case SELECTOR_INIT_PANIC:
        phat_deny_value();
        phat_panic("init_panic was called");
    default:
        phat_could_not_read_input();
    }
}

void call(void) {
    phat_call call = phat_read_call();
    phat_reader *arguments = &call.arguments;
    switch (call.selector) {
    case SELECTOR_IS_IN_TRANSACTION:
        phat_deny_value();
        forward(PHAT_EXT_IS_IN_TRANSACTION, &no_input, SHAPE_BOOL, 0);
    case SELECTOR_CACHE_SET: {
        phat_read_vec(arguments);
        phat_read_vec(arguments);
        phat_writer input = arguments_as_input(arguments);
        phat_deny_value();
        phat_reader output;
        u32 status = phat_chain_extension(PHAT_EXT_CACHE_SET, &input, &output);
        phat_writer reply = phat_reply_begin();
        phat_write_bool(&reply, status == 0);
        phat_reply(&reply);
    }
    case SELECTOR_CACHE_GET: {
        phat_read_vec(arguments);
        phat_writer input = arguments_as_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_CACHE_GET, &input, SHAPE_OPTION_BYTES, 0);
    }
    case SELECTOR_CACHE_SET_EXPIRATION: {
        phat_read_vec(arguments);
        phat_read_u64(arguments);
        phat_writer input = arguments_as_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_CACHE_SET_EXPIRATION, &input, SHAPE_UNIT, 0);
    }
    case SELECTOR_CACHE_REMOVE: {
        phat_read_vec(arguments);
        phat_writer input = arguments_as_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_CACHE_REMOVE, &input, SHAPE_OPTION_BYTES, 0);
    }
    case SELECTOR_LOG: {
        phat_bytes message = phat_read_vec(arguments);
        phat_arguments_done(arguments);
        phat_deny_value();
        phat_debug(message.data, message.length);
        phat_writer input = phat_arguments_begin();
        phat_write_u8(&input, 3); /* Info */
        phat_write_vec(&input, message.data, message.length);
        forward(PHAT_EXT_LOG, &input, SHAPE_UNIT, 0);
    }
    case SELECTOR_GETRANDOM: {
        phat_read_u8(arguments);
        phat_writer input = arguments_as_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_GETRANDOM, &input, SHAPE_BYTES, 0);
    }
    case SELECTOR_WORKER_PUBKEY:
        phat_deny_value();
        forward(PHAT_EXT_WORKER_PUBKEY, &no_input, SHAPE_FIXED, 32);
    case SELECTOR_TIMESTAMP:
        phat_deny_value();
        forward(PHAT_EXT_UNTRUSTED_MILLIS, &no_input, SHAPE_FIXED, 8);
    case SELECTOR_SR25519_DERIVE_KEY: {
        phat_read_vec(arguments);
        phat_writer input = arguments_as_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_DERIVE_SR25519_KEY, &input, SHAPE_BYTES, 0);
    }
    case SELECTOR_SR25519_GET_PUBLIC_KEY: {
        phat_read_vec(arguments);
        phat_writer input = sr25519_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_GET_PUBLIC_KEY, &input, SHAPE_BYTES, 0);
    }
    case SELECTOR_SR25519_SIGN: {
        phat_read_vec(arguments);
        phat_read_vec(arguments);
        phat_writer input = sr25519_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_SIGN, &input, SHAPE_BYTES, 0);
    }
    case SELECTOR_SR25519_VERIFY: {
        phat_read_vec(arguments);
        phat_read_vec(arguments);
        phat_read_vec(arguments);
        phat_writer input = sr25519_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_VERIFY, &input, SHAPE_BOOL, 0);
    }
    case SELECTOR_ECDSA_SIGN_PREHASHED: {
        phat_read_vec(arguments);
        phat_read_array(arguments, 32);
        phat_writer input = arguments_as_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_ECDSA_SIGN_PREHASHED, &input, SHAPE_FIXED, 65);
    }
    case SELECTOR_ECDSA_VERIFY_PREHASHED: {
        phat_read_array(arguments, 65);
        phat_read_array(arguments, 32);
        phat_read_array(arguments, 33);
        phat_writer input = arguments_as_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_ECDSA_VERIFY_PREHASHED, &input, SHAPE_BOOL, 0);
    }
    case SELECTOR_RUNTIME_VERSION:
        phat_deny_value();
        forward(PHAT_EXT_RUNTIME_VERSION, &no_input, SHAPE_FIXED, 8);
    case SELECTOR_CODE_EXISTS: {
        phat_read_array(arguments, 32);
        phat_read_bool(arguments);
        phat_writer input = arguments_as_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_CODE_EXISTS, &input, SHAPE_BOOL, 0);
    }
    case SELECTOR_EVENT_CHAIN_HEAD:
        phat_deny_value();
        forward(PHAT_EXT_EVENT_CHAIN_HEAD, &no_input, SHAPE_FIXED, 40);
    case SELECTOR_CALL_CHAIN_EXT: {
        u32 id = phat_read_u32(arguments);
        phat_bytes raw = phat_read_vec(arguments);
        phat_arguments_done(arguments);
        phat_deny_value();
        phat_writer input = phat_arguments_begin();
        phat_write_raw(&input, raw.data, raw.length);
        phat_reader output;
        phat_chain_extension(id, &input, &output);
        phat_writer reply = phat_reply_begin();
        phat_write_vec(&reply, output.data, output.length);
        phat_reply(&reply);
    }
    case SELECTOR_HTTP_GET: {
        phat_bytes url = phat_read_vec(arguments);
        phat_arguments_done(arguments);
        phat_deny_value();
        http_get(url);
    }
    case SELECTOR_SET_FLAG: {
        phat_bytes flag = phat_read_vec(arguments);
        phat_arguments_done(arguments);
        phat_deny_value();
        write_flag(flag.data, flag.length);
        phat_reply_unit();
    }
    case SELECTOR_FLAG: {
        phat_deny_value();
        phat_reader root = phat_root_read();
        phat_bytes flag = phat_read_vec(&root);
        phat_expect_complete(&root, "root storage is not { flag: String }");
        phat_writer reply = phat_reply_begin();
        phat_write_vec(&reply, flag.data, flag.length);
        phat_reply(&reply);
    }
    case SELECTOR_DIRECT_BALANCE_OF: {
        phat_read_array(arguments, 32);
        phat_writer input = arguments_as_input(arguments);
        phat_deny_value();
        forward(PHAT_EXT_BALANCE_OF, &input, SHAPE_FIXED, 32);
    }
    default:
        phat_could_not_read_input();
    }
}
