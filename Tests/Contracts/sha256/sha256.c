/*
 * sha256: a compute benchmark. hash(len: u32) -> [u8; 32] is the SHA-256 (FIPS 180-4, written here)
 * of `len` bytes generated in memory, where byte i is i mod 251.
 */
#include "phat.h"

enum {
    SELECTOR_DEFAULT = 0xed4b9d1b, /* default() */
    SELECTOR_HASH = 0x97edaa69,    /* hash(len: u32) -> [u8; 32] */
};

static const u32 round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static u32 rotate_right(u32 value, u32 count) { return (value >> count) | (value << (32 - count)); }

static void compress(u32 state[8], const u8 block[64]) {
    u32 schedule[64];
    for (u32 i = 0; i < 16; i++) {
        schedule[i] = ((u32)block[4 * i] << 24) | ((u32)block[4 * i + 1] << 16) | ((u32)block[4 * i + 2] << 8) |
                      (u32)block[4 * i + 3];
    }
    for (u32 i = 16; i < 64; i++) {
        u32 s0 = rotate_right(schedule[i - 15], 7) ^ rotate_right(schedule[i - 15], 18) ^ (schedule[i - 15] >> 3);
        u32 s1 = rotate_right(schedule[i - 2], 17) ^ rotate_right(schedule[i - 2], 19) ^ (schedule[i - 2] >> 10);
        schedule[i] = schedule[i - 16] + s0 + schedule[i - 7] + s1;
    }
    u32 a = state[0], b = state[1], c = state[2], d = state[3];
    u32 e = state[4], f = state[5], g = state[6], h = state[7];
    for (u32 i = 0; i < 64; i++) {
        u32 t1 = h + (rotate_right(e, 6) ^ rotate_right(e, 11) ^ rotate_right(e, 25)) + ((e & f) ^ (~e & g)) +
                 round_constants[i] + schedule[i];
        u32 t2 = (rotate_right(a, 2) ^ rotate_right(a, 13) ^ rotate_right(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}

/// SHA-256 of the generated message of `length` bytes (byte i = i mod 251).
static void hash_generated(u32 length, u8 digest[32]) {
    u32 state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    u8 block[64];
    u32 filled = 0;
    u32 next = 0; /* i mod 251 for the next message byte */
    for (u32 i = 0; i < length; i++) {
        block[filled++] = (u8)next;
        next = next == 250 ? 0 : next + 1;
        if (filled == 64) {
            compress(state, block);
            filled = 0;
        }
    }
    block[filled++] = 0x80;
    if (filled > 56) {
        while (filled < 64) block[filled++] = 0;
        compress(state, block);
        filled = 0;
    }
    while (filled < 56) block[filled++] = 0;
    u64 bits = (u64)length * 8;
    for (u32 i = 0; i < 8; i++) block[56 + i] = (u8)(bits >> (56 - 8 * i));
    compress(state, block);
    for (u32 i = 0; i < 8; i++) {
        digest[4 * i] = (u8)(state[i] >> 24);
        digest[4 * i + 1] = (u8)(state[i] >> 16);
        digest[4 * i + 2] = (u8)(state[i] >> 8);
        digest[4 * i + 3] = (u8)state[i];
    }
}

void deploy(void) {
    phat_call call = phat_read_call();
    if (call.selector != SELECTOR_DEFAULT) phat_could_not_read_input();
    phat_deny_value();
    phat_constructor_done();
}

void call(void) {
    phat_call call = phat_read_call();
    if (call.selector != SELECTOR_HASH) phat_could_not_read_input();
    u32 length = phat_read_u32(&call.arguments);
    phat_arguments_done(&call.arguments);
    phat_deny_value();
    u8 digest[32];
    hash_generated(length, digest);
    phat_writer reply = phat_reply_begin();
    phat_write_raw(&reply, digest, 32);
    phat_reply(&reply);
}
