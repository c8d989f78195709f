/*
 * oracle: fetches a JSON document over pink's HTTP extension and returns its "price" as a signed quote.
 *
 * get_price(url: String) -> Result<Quote, OracleError>
 *   Quote = { price: u128, signature: Vec<u8> }: price is the JSON number at the first key "price",
 *   in fixed point × 10^6 (fraction digits beyond six are cut off), parsed with integers only;
 *   signature is sr25519 (chain-extension sign, id 2) over SCALE(price), the 16 little-endian bytes,
 *   with the key derived from the salt "oracle" (id 4). In a transaction the signature is empty (§5.2).
 *   OracleError = 0 Http { status: u16, body: Vec<u8> } for any status but 200, 1 NoPrice.
 * public_key() -> Vec<u8>: the sr25519 public key of that derived key (id 5).
 */
#include "phat.h"

enum {
    SELECTOR_DEFAULT = 0xed4b9d1b,    /* default() */
    SELECTOR_GET_PRICE = 0xf23d4b6c,  /* get_price(url: String) -> Result<Quote, OracleError> */
    SELECTOR_PUBLIC_KEY = 0x52061d7d, /* public_key() -> Vec<u8> */
};

enum { KEY_CAPACITY = 64 };

/* The largest whole part whose fixed-point value (× 10^6) fits the u64 the contract computes in. */
#define MAX_WHOLE 18446744073709ull

/// The 64-byte sr25519 secret derived for this contract from the salt "oracle".
static u32 derive_key(u8 key[KEY_CAPACITY]) {
    phat_writer input = phat_arguments_begin();
    phat_write_string(&input, "oracle");
    phat_reader output;
    phat_chain_extension(PHAT_EXT_DERIVE_SR25519_KEY, &input, &output);
    phat_bytes derived = phat_read_vec(&output);
    phat_expect_complete(&output, "derive_sr25519_key returned malformed bytes");
    if (derived.length > KEY_CAPACITY) phat_panic("derived key is longer than 64 bytes");
    memcpy(key, derived.data, derived.length);
    return derived.length;
}

static int is_space(u8 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Parses the number after the first `"price"` key; returns 0 when there is none or it does not fit.
static int parse_price(phat_bytes body, u64 *price) {
    static const char needle[] = "\"price\"";
    const u32 needle_length = sizeof needle - 1;
    for (u32 start = 0; start + needle_length <= body.length; start++) {
        if (memcmp(body.data + start, needle, needle_length) != 0) continue;
        u32 i = start + needle_length;
        while (i < body.length && is_space(body.data[i])) i++;
        if (i >= body.length || body.data[i] != ':') continue; /* a string value "price", not a key */
        i++;
        while (i < body.length && is_space(body.data[i])) i++;
        u64 whole = 0;
        u32 digits = 0;
        while (i < body.length && body.data[i] >= '0' && body.data[i] <= '9') {
            u64 digit = (u64)(body.data[i++] - '0');
            if (whole > (MAX_WHOLE - digit) / 10) return 0;
            whole = whole * 10 + digit;
            digits++;
        }
        if (digits == 0) return 0;
        u64 fraction = 0;
        u32 fraction_digits = 0;
        if (i < body.length && body.data[i] == '.') {
            i++;
            u32 seen = 0;
            while (i < body.length && body.data[i] >= '0' && body.data[i] <= '9') {
                if (fraction_digits < 6) {
                    fraction = fraction * 10 + (u64)(body.data[i] - '0');
                    fraction_digits++;
                }
                i++;
                seen++;
            }
            if (seen == 0) return 0;
        }
        if (i < body.length && (body.data[i] == 'e' || body.data[i] == 'E')) return 0;
        while (fraction_digits < 6) {
            fraction *= 10;
            fraction_digits++;
        }
        if (whole * 1000000ull > 18446744073709551615ull - fraction) return 0;
        *price = whole * 1000000ull + fraction;
        return 1;
    }
    return 0;
}

static PHAT_NORETURN void get_price(phat_bytes url) {
    phat_writer request = phat_arguments_begin();
    phat_write_vec(&request, url.data, url.length);
    phat_write_string(&request, "GET");
    phat_write_compact(&request, 0); /* headers: Vec<(String, String)> */
    phat_write_compact(&request, 0); /* body: Vec<u8> */
    phat_reader response;
    phat_chain_extension(PHAT_EXT_HTTP_REQUEST, &request, &response);
    u16 status = phat_read_u16(&response);
    phat_read_vec(&response); /* reason phrase */
    u32 headers = phat_read_compact(&response);
    for (u32 i = 0; i < headers && !response.failed; i++) {
        phat_read_vec(&response);
        phat_read_vec(&response);
    }
    phat_bytes body = phat_read_vec(&response);
    phat_expect_complete(&response, "http_request returned a malformed HttpResponse");

    phat_writer reply = phat_reply_begin();
    if (status != 200) {
        phat_write_u8(&reply, 1); /* Err */
        phat_write_u8(&reply, 0); /* OracleError::Http */
        phat_write_u16(&reply, status);
        phat_write_vec(&reply, body.data, body.length);
        phat_reply_revert(&reply);
    }
    u64 price;
    if (!parse_price(body, &price)) {
        phat_write_u8(&reply, 1); /* Err */
        phat_write_u8(&reply, 1); /* OracleError::NoPrice */
        phat_reply_revert(&reply);
    }

    u8 key[KEY_CAPACITY];
    u32 key_length = derive_key(key);
    u8 message[16];
    phat_writer encoded_price = phat_writer_over(message, sizeof message);
    phat_write_u128_from_u64(&encoded_price, price);
    phat_writer sign = phat_arguments_begin();
    phat_write_u8(&sign, PHAT_SIG_SR25519);
    phat_write_vec(&sign, key, key_length);
    phat_write_vec(&sign, message, sizeof message);
    phat_reader signed_output;
    phat_chain_extension(PHAT_EXT_SIGN, &sign, &signed_output);
    phat_bytes signature = phat_read_vec(&signed_output);
    phat_expect_complete(&signed_output, "sign returned malformed bytes");

    phat_write_u8(&reply, 0); /* Ok */
    phat_write_raw(&reply, message, sizeof message);
    phat_write_vec(&reply, signature.data, signature.length);
    phat_reply(&reply);
}

static PHAT_NORETURN void public_key(void) {
    u8 key[KEY_CAPACITY];
    u32 key_length = derive_key(key);
    phat_writer input = phat_arguments_begin();
    phat_write_u8(&input, PHAT_SIG_SR25519);
    phat_write_vec(&input, key, key_length);
    phat_reader output;
    phat_chain_extension(PHAT_EXT_GET_PUBLIC_KEY, &input, &output);
    phat_bytes public_key = phat_read_vec(&output);
    phat_expect_complete(&output, "get_public_key returned malformed bytes");
    phat_writer reply = phat_reply_begin();
    phat_write_vec(&reply, public_key.data, public_key.length);
    phat_reply(&reply);
}

void deploy(void) {
    phat_call call = phat_read_call();
    switch (call.selector) {
    case SELECTOR_DEFAULT: {
        phat_deny_value();
        phat_writer root = phat_writer_over(phat_argument_buffer, 0); /* the root struct has no fields */
        phat_root_write(&root);
        phat_constructor_done();
    }
    default:
        phat_could_not_read_input();
    }
}

void call(void) {
    phat_call call = phat_read_call();
    switch (call.selector) {
    case SELECTOR_GET_PRICE: {
        phat_bytes url = phat_read_vec(&call.arguments);
        phat_arguments_done(&call.arguments);
        phat_deny_value();
        get_price(url);
    }
    case SELECTOR_PUBLIC_KEY:
        phat_deny_value();
        public_key();
    default:
        phat_could_not_read_input();
    }
}
