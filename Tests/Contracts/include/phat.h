/*
 * phat.h: the mini SDK our test Phat contracts are written against.
 *
 * It speaks the ink! 4 ABI of pallet-contracts v1.5 as pink runs it (pink-abi.md §2-§6): the host
 * functions of seal0/seal1/seal2 (§4), SCALE encoding and decoding (§5.3), selector dispatch and the
 * MessageResult / ConstructorResult byte layouts (§6.3), and the pink chain extension (§5.1).
 * Written for this project; no ink! or Phala code is copied. One contract is one translation unit,
 * so every function here is `static`, and only what a contract uses ends up in its module.
 *
 * Memory: three 16 KiB buffers (call input, reply, host output) plus one for encoding the inputs of
 * host calls. ink! contracts also use a 16 KiB scratch buffer (§3.2), so a host result larger than
 * that fails here the same way it fails there.
 */
#ifndef PHAT_H
#define PHAT_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef unsigned long usize;

#define PHAT_BUFFER_SIZE 16384u
#define PHAT_NORETURN __attribute__((noreturn))
#define PHAT_IMPORT(module, name) __attribute__((import_module(module), import_name(name)))

/* ---- Host functions (pink-abi.md §4; names and signatures exactly as listed there) ---- */

PHAT_IMPORT("seal0", "input") void phat_host_input(u8 *out, u32 *out_len);
PHAT_IMPORT("seal0", "seal_return") PHAT_NORETURN void phat_host_return(u32 flags, const u8 *data, u32 len);
PHAT_IMPORT("seal0", "value_transferred") void phat_host_value_transferred(u8 *out, u32 *out_len);
PHAT_IMPORT("seal0", "caller") void phat_host_caller(u8 *out, u32 *out_len);
PHAT_IMPORT("seal0", "address") void phat_host_address(u8 *out, u32 *out_len);
PHAT_IMPORT("seal0", "debug_message") u32 phat_host_debug_message(const u8 *text, u32 len);
PHAT_IMPORT("seal0", "hash_blake2_256") void phat_host_blake2_256(const u8 *input, u32 len, u8 *out);
PHAT_IMPORT("seal0", "call_chain_extension")
u32 phat_host_call_chain_extension(u32 id, const u8 *input, u32 input_len, u8 *out, u32 *out_len);
PHAT_IMPORT("seal1", "get_storage") u32 phat_host_get_storage(const u8 *key, u32 key_len, u8 *out, u32 *out_len);
PHAT_IMPORT("seal2", "set_storage") u32 phat_host_set_storage(const u8 *key, u32 key_len, const u8 *value, u32 value_len);
PHAT_IMPORT("seal1", "call")
u32 phat_host_call(u32 flags, const u8 *callee, u64 gas, const u8 *value, const u8 *input, u32 input_len, u8 *out,
                   u32 *out_len);
PHAT_IMPORT("seal1", "instantiate")
u32 phat_host_instantiate(const u8 *code_hash, u64 gas, const u8 *value, const u8 *input, u32 input_len, u8 *address,
                          u32 *address_len, u8 *out, u32 *out_len, const u8 *salt, u32 salt_len);

/* ---- Freestanding memory functions (clang may emit calls to these) ---- */

void *memcpy(void *destination, const void *source, usize count) {
    u8 *to = (u8 *)destination;
    const u8 *from = (const u8 *)source;
    while (count--) *to++ = *from++;
    return destination;
}

void *memmove(void *destination, const void *source, usize count) {
    u8 *to = (u8 *)destination;
    const u8 *from = (const u8 *)source;
    if (to < from) {
        while (count--) *to++ = *from++;
    } else {
        while (count--) to[count] = from[count];
    }
    return destination;
}

void *memset(void *destination, int value, usize count) {
    u8 *to = (u8 *)destination;
    while (count--) *to++ = (u8)value;
    return destination;
}

int memcmp(const void *left, const void *right, usize count) {
    const u8 *a = (const u8 *)left, *b = (const u8 *)right;
    for (usize i = 0; i < count; i++) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

static inline u32 phat_strlen(const char *text) {
    u32 length = 0;
    while (text[length]) length++;
    return length;
}

/* ---- Buffers ---- */

/* The buffers live above the linker's heap base instead of in .bss: with an imported memory wasm-ld
 * would otherwise emit 64 KiB of zeros as data segments. The memory is fresh for every call frame
 * (pink-abi.md §2), and every byte is written before it is read. */
extern u8 __heap_base;
#define phat_input_buffer (&__heap_base)
#define phat_reply_buffer (&__heap_base + PHAT_BUFFER_SIZE)
#define phat_scratch_buffer (&__heap_base + 2 * PHAT_BUFFER_SIZE)
#define phat_argument_buffer (&__heap_base + 3 * PHAT_BUFFER_SIZE)
/* Bytes above the four buffers that contracts may use for their own work areas. */
#define phat_free_memory (&__heap_base + 4 * PHAT_BUFFER_SIZE)

/* ---- Panics: "panicked at …" in the debug buffer, then a trap (§6.3) ---- */

static inline PHAT_NORETURN void phat_panic(const char *message) {
    u8 text[160];
    static const char prefix[] = "panicked at phat contract: ";
    u32 length = 0;
    for (u32 i = 0; prefix[i]; i++) text[length++] = (u8)prefix[i];
    for (u32 i = 0; message[i] && length < sizeof text; i++) text[length++] = (u8)message[i];
    phat_host_debug_message(text, length);
    __builtin_trap();
}

static inline void phat_debug(const u8 *text, u32 length) { phat_host_debug_message(text, length); }

/* ---- SCALE decoding ---- */

/// A cursor over SCALE bytes. A read past the end or a malformed value sets `failed` and yields zeros.
typedef struct {
    const u8 *data;
    u32 length;
    u32 offset;
    int failed;
} phat_reader;

/// A borrowed byte string (a decoded Vec<u8> or String points into the reader's buffer).
typedef struct {
    const u8 *data;
    u32 length;
} phat_bytes;

static inline phat_reader phat_reader_over(const u8 *data, u32 length) {
    phat_reader reader = {data, length, 0, 0};
    return reader;
}

static inline const u8 *phat_read_raw(phat_reader *reader, u32 count) {
    if (reader->failed || count > reader->length - reader->offset) {
        reader->failed = 1;
        return 0;
    }
    const u8 *start = reader->data + reader->offset;
    reader->offset += count;
    return start;
}

static inline u64 phat_read_le(phat_reader *reader, u32 count) {
    const u8 *bytes = phat_read_raw(reader, count);
    u64 value = 0;
    if (!bytes) return 0;
    for (u32 i = count; i > 0; i--) value = (value << 8) | bytes[i - 1];
    return value;
}

static u8 phat_read_u8(phat_reader *reader) { return (u8)phat_read_le(reader, 1); }
static inline u16 phat_read_u16(phat_reader *reader) { return (u16)phat_read_le(reader, 2); }
static inline u32 phat_read_u32(phat_reader *reader) { return (u32)phat_read_le(reader, 4); }
static inline u64 phat_read_u64(phat_reader *reader) { return phat_read_le(reader, 8); }

static inline int phat_read_bool(phat_reader *reader) {
    u8 value = phat_read_u8(reader);
    if (value > 1) reader->failed = 1;
    return value == 1;
}

/// A compact<u32> in its canonical (shortest) form, as parity-scale-codec requires; larger values fail.
static inline u32 phat_read_compact(phat_reader *reader) {
    u8 first = phat_read_u8(reader);
    u32 value;
    switch (first & 3) {
    case 0: return first >> 2;
    case 1:
        value = (u32)((first | ((u32)phat_read_u8(reader) << 8)) >> 2);
        if (value < 64u) reader->failed = 1;
        return value;
    case 2:
        value = (u32)((first | ((u32)phat_read_u8(reader) << 8) | ((u32)phat_read_u16(reader) << 16)) >> 2);
        if (value < 16384u) reader->failed = 1;
        return value;
    default:
        if ((first >> 2) != 0) reader->failed = 1; /* more than 4 bytes: does not fit a u32 */
        value = phat_read_u32(reader);
        if (value < 1073741824u) reader->failed = 1;
        return value;
    }
}

/// A Vec<u8> or String: compact length then the bytes, borrowed from the reader's buffer.
static inline phat_bytes phat_read_vec(phat_reader *reader) {
    phat_bytes bytes = {0, 0};
    u32 length = phat_read_compact(reader);
    const u8 *data = phat_read_raw(reader, length);
    if (data) {
        bytes.data = data;
        bytes.length = length;
    }
    return bytes;
}

/// A fixed-size array ([u8; N], AccountId, Hash): N raw bytes borrowed from the reader's buffer.
static inline const u8 *phat_read_array(phat_reader *reader, u32 count) { return phat_read_raw(reader, count); }

/// Panics unless the reader decoded without error and consumed everything: used on host outputs.
static inline void phat_expect_complete(const phat_reader *reader, const char *what) {
    if (reader->failed || reader->offset != reader->length) phat_panic(what);
}

/* ---- SCALE encoding ---- */

/// An append-only SCALE encoder into a fixed buffer; running out of space panics.
typedef struct {
    u8 *data;
    u32 capacity;
    u32 length;
} phat_writer;

static inline phat_writer phat_writer_over(u8 *data, u32 capacity) {
    phat_writer writer = {data, capacity, 0};
    return writer;
}

static inline void phat_write_raw(phat_writer *writer, const void *bytes, u32 count) {
    if (count > writer->capacity - writer->length) phat_panic("encoding overflowed a 16 KiB buffer");
    memcpy(writer->data + writer->length, bytes, count);
    writer->length += count;
}

static inline void phat_write_le(phat_writer *writer, u64 value, u32 count) {
    u8 bytes[8];
    for (u32 i = 0; i < count; i++) bytes[i] = (u8)(value >> (8 * i));
    phat_write_raw(writer, bytes, count);
}

static inline void phat_write_u8(phat_writer *writer, u8 value) { phat_write_le(writer, value, 1); }
static inline void phat_write_u16(phat_writer *writer, u16 value) { phat_write_le(writer, value, 2); }
static inline void phat_write_u32(phat_writer *writer, u32 value) { phat_write_le(writer, value, 4); }
static inline void phat_write_u64(phat_writer *writer, u64 value) { phat_write_le(writer, value, 8); }
static inline void phat_write_bool(phat_writer *writer, int value) { phat_write_u8(writer, value ? 1 : 0); }

/// A u128 whose upper 64 bits are zero (contracts do no 128-bit arithmetic: no compiler-rt here).
static inline void phat_write_u128_from_u64(phat_writer *writer, u64 value) {
    phat_write_u64(writer, value);
    phat_write_u64(writer, 0);
}

static inline void phat_write_compact(phat_writer *writer, u32 value) {
    if (value < 64u) {
        phat_write_u8(writer, (u8)(value << 2));
    } else if (value < 16384u) {
        phat_write_u16(writer, (u16)((value << 2) | 1));
    } else if (value < 1073741824u) {
        phat_write_u32(writer, (value << 2) | 2);
    } else {
        phat_write_u8(writer, 3); /* (4 - 4) << 2 | 3: four bytes follow */
        phat_write_u32(writer, value);
    }
}

/// A Vec<u8> or String: compact length then the bytes.
static inline void phat_write_vec(phat_writer *writer, const u8 *bytes, u32 length) {
    phat_write_compact(writer, length);
    phat_write_raw(writer, bytes, length);
}

static inline void phat_write_string(phat_writer *writer, const char *text) {
    phat_write_vec(writer, (const u8 *)text, phat_strlen(text));
}

/* ---- Dispatch and results (pink-abi.md §6.3) ---- */

/// The decoded start of a call: the selector (as written in metadata, big-endian) and its arguments.
typedef struct {
    u32 selector;
    phat_reader arguments;
} phat_call;

/// Ends the frame with REVERT and Err(LangError::CouldNotReadInput): 0x01 0x01.
static inline PHAT_NORETURN void phat_could_not_read_input(void) {
    static const u8 data[2] = {1, 1};
    phat_host_return(1, data, 2);
}

/// Reads the call input into the input buffer and splits off the selector.
static inline phat_call phat_read_call(void) {
    u32 length = PHAT_BUFFER_SIZE;
    phat_host_input(phat_input_buffer, &length);
    if (length < 4) phat_could_not_read_input();
    phat_call call;
    call.selector = ((u32)phat_input_buffer[0] << 24) | ((u32)phat_input_buffer[1] << 16) |
                    ((u32)phat_input_buffer[2] << 8) | (u32)phat_input_buffer[3];
    call.arguments = phat_reader_over(phat_input_buffer + 4, length - 4);
    return call;
}

/// Ends argument decoding: undecodable arguments give CouldNotReadInput, as ink! 4 does.
static inline void phat_arguments_done(const phat_reader *arguments) {
    if (arguments->failed) phat_could_not_read_input();
}

/// Traps when value was sent: every message and constructor is non-payable unless it says otherwise.
static inline void phat_deny_value(void) {
    u8 value[16];
    u32 length = sizeof value;
    phat_host_value_transferred(value, &length);
    for (u32 i = 0; i < length; i++) {
        if (value[i]) phat_panic("value sent to a non-payable message or constructor");
    }
}

/// Ends a successful constructor: Ok(Ok(())) = 0x00 0x00.
static inline PHAT_NORETURN void phat_constructor_done(void) {
    static const u8 data[2] = {0, 0};
    phat_host_return(0, data, 2);
}

/// Starts a message reply with MessageResult's Ok byte (0x00); the caller then encodes the value.
static inline phat_writer phat_reply_begin(void) {
    phat_writer writer = phat_writer_over(phat_reply_buffer, PHAT_BUFFER_SIZE);
    phat_write_u8(&writer, 0);
    return writer;
}

/// Ends the frame with the encoded reply and flags 0.
static inline PHAT_NORETURN void phat_reply(const phat_writer *writer) { phat_host_return(0, writer->data, writer->length); }

/// Ends the frame with the encoded reply and the REVERT flag: a message that returns Err(e).
static inline PHAT_NORETURN void phat_reply_revert(const phat_writer *writer) {
    phat_host_return(1, writer->data, writer->length);
}

/// Ends a message that returns (): data 0x00.
static inline PHAT_NORETURN void phat_reply_unit(void) {
    phat_writer writer = phat_reply_begin();
    phat_reply(&writer);
}

/* ---- Environment ---- */

static inline void phat_caller(u8 account[32]) {
    u32 length = 32;
    phat_host_caller(account, &length);
    if (length != 32) phat_panic("caller is not a 32-byte account");
}

/* ---- Storage (variable keys; the root struct lives under 00000000) ---- */

static const u8 phat_root_key[4] = {0, 0, 0, 0};

/// Reads the value under `key` into the scratch buffer; returns 0 when absent. The reader stays
/// valid until the next host call that writes the scratch buffer.
static inline int phat_storage_read(const u8 *key, u32 key_length, phat_reader *value) {
    u32 length = PHAT_BUFFER_SIZE;
    u32 code = phat_host_get_storage(key, key_length, phat_scratch_buffer, &length);
    if (code == 3) return 0;
    if (code != 0) phat_panic("get_storage failed");
    *value = phat_reader_over(phat_scratch_buffer, length);
    return 1;
}

static inline void phat_storage_write(const u8 *key, u32 key_length, const u8 *value, u32 value_length) {
    phat_host_set_storage(key, key_length, value, value_length);
}

/// Reads the root struct; panics when the contract was never constructed.
static inline phat_reader phat_root_read(void) {
    phat_reader root;
    if (!phat_storage_read(phat_root_key, 4, &root)) phat_panic("root storage is missing");
    return root;
}

static inline void phat_root_write(const phat_writer *encoded) {
    phat_storage_write(phat_root_key, 4, encoded->data, encoded->length);
}

/* ---- Pink chain extension (pink-abi.md §5) ---- */

/// Pink's chain-extension function ids (§5.2); the extension id (upper 16 bits) is 0.
enum {
    PHAT_EXT_HTTP_REQUEST = 1,
    PHAT_EXT_SIGN = 2,
    PHAT_EXT_VERIFY = 3,
    PHAT_EXT_DERIVE_SR25519_KEY = 4,
    PHAT_EXT_GET_PUBLIC_KEY = 5,
    PHAT_EXT_CACHE_SET = 6,
    PHAT_EXT_CACHE_SET_EXPIRATION = 7,
    PHAT_EXT_CACHE_GET = 8,
    PHAT_EXT_CACHE_REMOVE = 9,
    PHAT_EXT_LOG = 10,
    PHAT_EXT_GETRANDOM = 11,
    PHAT_EXT_IS_IN_TRANSACTION = 12,
    PHAT_EXT_ECDSA_SIGN_PREHASHED = 13,
    PHAT_EXT_ECDSA_VERIFY_PREHASHED = 14,
    PHAT_EXT_BALANCE_OF = 16,
    PHAT_EXT_WORKER_PUBKEY = 17,
    PHAT_EXT_UNTRUSTED_MILLIS = 18,
    PHAT_EXT_CODE_EXISTS = 19,
    PHAT_EXT_RUNTIME_VERSION = 21,
    PHAT_EXT_EVENT_CHAIN_HEAD = 23,
};

/// SigType (§5.3).
enum { PHAT_SIG_ED25519 = 0, PHAT_SIG_SR25519 = 1, PHAT_SIG_ECDSA = 2 };

/// Starts encoding the argument tuple of a chain-extension call (or a nested call's input).
static inline phat_writer phat_arguments_begin(void) {
    return phat_writer_over(phat_argument_buffer, PHAT_BUFFER_SIZE);
}

/// Calls chain-extension function `id` with the encoded `input`; `output` reads the result from the
/// scratch buffer (valid until the next host call that writes it). Returns the status (§5.1).
static inline u32 phat_chain_extension(u32 id, const phat_writer *input, phat_reader *output) {
    u32 length = PHAT_BUFFER_SIZE;
    u32 status = phat_host_call_chain_extension(id, input->data, input->length, phat_scratch_buffer, &length);
    *output = phat_reader_over(phat_scratch_buffer, length);
    return status;
}

#endif
