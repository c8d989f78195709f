"""Reads PhalaRuntime's metadata with scalecodec 1.2.12 (the SCALE layer of substrate-interface 1.8.1)
and reports what a client finds in it.

Usage: runtime_metadata_reference.py
  stdin: JSON {"metadata": hex, "call": {call_module, call_function, call_args}, "events": hex,
               "extrinsic": hex, "storage_key": {"pallet", "item", "key": hex}, "module_error": [index, error],
               "calls": [hex of RuntimeCall, ...] (optional),
               "storage_values": [{"pallet", "item", "value": hex}, ...] (optional)}
  stdout: JSON summary: version, pallets, the storage key built from the metadata's prefix, item
          name and hashers, the composed call, decoded events and calls and extrinsic, the module error's name,
          every constant decoded, every storage default decoded strictly, and each of "storage_values"
          decoded strictly as its item's value type (as "Pallet.Item").
"""
import hashlib
import json
import sys

from scalecodec.base import RuntimeConfigurationObject, ScaleBytes
from scalecodec.type_registry import load_type_registry_preset

MASK = (1 << 64) - 1
P1, P2, P3, P4, P5 = (0x9E3779B185EBCA87, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x85EBCA77C2B2AE63,
                      0x27D4EB2F165667C5)


def rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & MASK


def xxh64(data, seed):
    """xxHash64 (the reference algorithm), for Substrate's twox hashers."""
    n, i = len(data), 0

    def lane(acc, value):
        return (rotl((acc + value * P2) & MASK, 31) * P1) & MASK

    if n >= 32:
        v = [(seed + P1 + P2) & MASK, (seed + P2) & MASK, seed, (seed - P1) & MASK]
        while i + 32 <= n:
            for k in range(4):
                v[k] = lane(v[k], int.from_bytes(data[i + 8 * k:i + 8 * k + 8], "little"))
            i += 32
        h = (rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18)) & MASK
        for k in range(4):
            h = (((h ^ lane(0, v[k])) * P1) + P4) & MASK
    else:
        h = (seed + P5) & MASK
    h = (h + n) & MASK
    while i + 8 <= n:
        h = ((rotl(h ^ lane(0, int.from_bytes(data[i:i + 8], "little")), 27) * P1) + P4) & MASK
        i += 8
    if i + 4 <= n:
        h = ((rotl(h ^ (int.from_bytes(data[i:i + 4], "little") * P1) & MASK, 23) * P2) + P3) & MASK
        i += 4
    while i < n:
        h = (rotl(h ^ (data[i] * P5) & MASK, 11) * P1) & MASK
        i += 1
    h = ((h ^ (h >> 33)) * P2) & MASK
    h = ((h ^ (h >> 29)) * P3) & MASK
    return h ^ (h >> 32)


def twox(data, parts):
    return b"".join(xxh64(data, seed).to_bytes(8, "little") for seed in range(parts))


HASHERS = {
    "Blake2_128": lambda d: hashlib.blake2b(d, digest_size=16).digest(),
    "Blake2_256": lambda d: hashlib.blake2b(d, digest_size=32).digest(),
    "Blake2_128Concat": lambda d: hashlib.blake2b(d, digest_size=16).digest() + d,
    "Twox128": lambda d: twox(d, 2),
    "Twox256": lambda d: twox(d, 4),
    "Twox64Concat": lambda d: twox(d, 1) + d,
    "Identity": lambda d: d,
}


def scale_bytes(text):
    return ScaleBytes(bytes.fromhex(text.removeprefix("0x")))


def raw_bytes(vec_object):
    """The bytes of a decoded `Vec<u8>` field, without its length prefix."""
    used = bytes(vec_object.get_used_bytes())
    prefix = used[0] & 3
    skip = {0: 1, 1: 2, 2: 4}.get(prefix, 1 + (used[0] >> 2) + 4)
    return used[skip:]


def decode_exactly(config, type_string, data, metadata):
    blob = ScaleBytes(data)
    value = config.create_scale_object(type_string, data=blob, metadata=metadata).decode()
    if blob.offset != len(blob.data):
        raise ValueError(f"{len(blob.data) - blob.offset} bytes left after {type_string}")
    return value


def main():
    request = json.loads(sys.stdin.read())
    config = RuntimeConfigurationObject()
    config.update_type_registry(load_type_registry_preset("core"))
    blob = scale_bytes(request["metadata"])
    versioned = config.create_scale_object("MetadataVersioned", data=blob)
    versioned.decode()
    if blob.offset != len(blob.data):
        raise SystemExit(f"{len(blob.data) - blob.offset} bytes left after the metadata")
    config.add_portable_registry(versioned)
    summary = {"version": versioned.value_object[1].index}
    summary["pallets"] = [[p.name, p.value["index"]] for p in versioned.pallets]

    target = request["storage_key"]
    pallet = versioned.get_metadata_pallet(target["pallet"])
    entry = pallet.get_storage_function(target["item"])
    key = twox(pallet.value["storage"]["prefix"].encode(), 2) + twox(entry.name.encode(), 2)
    for hasher in entry.get_param_hashers():
        key += HASHERS[hasher](bytes.fromhex(target["key"]))
    summary["storage_key"] = "0x" + key.hex()

    call = config.create_scale_object("Call", metadata=versioned)
    summary["call"] = call.encode(request["call"]).to_hex()

    events_entry = versioned.get_metadata_pallet("System").get_storage_function("Events")
    summary["events"] = decode_exactly(
        config, events_entry.get_value_type_string(), bytes.fromhex(request["events"]), versioned
    )

    summary["calls"] = [
        decode_exactly(config, "Call", bytes.fromhex(call), versioned) for call in request.get("calls", [])
    ]

    extrinsic = config.create_scale_object("Extrinsic", data=scale_bytes(request["extrinsic"]), metadata=versioned)
    summary["extrinsic"] = extrinsic.decode()

    error = versioned.get_module_error(module_index=request["module_error"][0], error_index=request["module_error"][1])
    summary["module_error"] = error.name if error else None

    summary["constants"] = {
        f"{p.name}.{c.name}": decode_exactly(config, c.type, raw_bytes(c.value_object["value"]), versioned)
        for p in versioned.pallets for c in (p.constants or [])
    }
    defaults = {}
    for p in versioned.pallets:
        storage = p.value_object["storage"].value_object
        for entry in storage["entries"].elements if storage else []:
            if entry.modifier == "Default":
                default = raw_bytes(entry.value_object["default"])
                defaults[f"{p.name}.{entry.name}"] = decode_exactly(
                    config, entry.get_value_type_string(), default, versioned
                )
    summary["storage_defaults"] = defaults
    values = {}
    for item in request.get("storage_values", []):
        entry = versioned.get_metadata_pallet(item["pallet"]).get_storage_function(item["item"])
        values[f"{item['pallet']}.{item['item']}"] = decode_exactly(
            config, entry.get_value_type_string(), bytes.fromhex(item["value"]), versioned
        )
    summary["storage_values"] = values
    print(json.dumps(summary, sort_keys=True, default=str))


if __name__ == "__main__":
    main()
