"""Decodes metadata built by RuntimeSupport with scalecodec 1.2.12, the SCALE layer of
substrate-interface 1.8.1, and reports what a client would find in it.

Usage:
  metadata_reference.py registry   stdin: hex of a PortableRegistry -> JSON of the types in
                                    scale-info's serde layout (empty parts omitted), for comparison
                                    with scale-info's own test expectations (test_suite/tests/json.rs).
  metadata_reference.py metadata   stdin: JSON {"metadata": hex, "call": {...}, "events": hex,
                                    "extrinsic": hex} -> JSON summary (pallets, storage, calls, the
                                    encoded call, decoded events, module error, extrinsic, type paths).
"""
import json
import sys

from scalecodec.base import RuntimeConfigurationObject, ScaleBytes
from scalecodec.type_registry import load_type_registry_preset


def scale_bytes(text):
    return ScaleBytes(bytes.fromhex(text.removeprefix("0x")))


def byte_length(value):
    """Length of a `Vec<u8>` as scalecodec returns it: 0x-hex, or text when the bytes are UTF-8."""
    return len(bytes.fromhex(value[2:])) if value.startswith("0x") else len(value.encode())


def configuration():
    config = RuntimeConfigurationObject()
    config.update_type_registry(load_type_registry_preset("core"))
    return config


def serde_type(entry):
    """One PortableType as scale-info serialises it with serde (skipping empty parts)."""
    ty = entry["type"]
    out = {}
    if ty["path"]:
        out["path"] = ty["path"]
    if ty["params"]:
        out["params"] = [{"name": p["name"], "type": p["type"]} for p in ty["params"]]
    kind, body = next(iter(ty["def"].items()))

    def fields(items):
        result = []
        for f in items:
            field = {}
            if f["name"] is not None:
                field["name"] = f["name"]
            field["type"] = f["type"]
            if f["typeName"] is not None:
                field["typeName"] = f["typeName"]
            if f["docs"]:
                field["docs"] = f["docs"]
            result.append(field)
        return result

    if kind == "composite":
        out["def"] = {"composite": {"fields": fields(body["fields"])} if body["fields"] else {}}
    elif kind == "variant":
        variants = []
        for v in body["variants"]:
            variant = {"name": v["name"], "index": v["index"]}
            if v["fields"]:
                variant["fields"] = fields(v["fields"])
            if v["docs"]:
                variant["docs"] = v["docs"]
            variants.append(variant)
        out["def"] = {"variant": {"variants": variants} if variants else {}}
    elif kind == "primitive":
        out["def"] = {"primitive": body}
    elif kind == "tuple":
        out["def"] = {"tuple": body}
    else:
        out["def"] = {kind: body}
    if ty["docs"]:
        out["docs"] = ty["docs"]
    return {"id": entry["id"], "type": out}


def registry():
    data = sys.stdin.read().strip()
    decoded = configuration().create_scale_object("PortableRegistry", scale_bytes(data)).decode()
    print(json.dumps({"types": [serde_type(t) for t in decoded["types"]]}, sort_keys=True))


def metadata():
    request = json.loads(sys.stdin.read())
    config = configuration()
    blob = scale_bytes(request["metadata"])
    versioned = config.create_scale_object("MetadataVersioned", data=blob)
    versioned.decode()
    if blob.offset != len(blob.data):
        raise SystemExit(f"{len(blob.data) - blob.offset} bytes left after the metadata")
    config.add_portable_registry(versioned)
    summary = {"version": versioned.value_object[1].index}

    summary["pallets"] = [{"name": p.name, "index": p.value["index"]} for p in versioned.pallets]

    account = versioned.get_metadata_pallet("System").get_storage_function("Account")
    summary["system_account"] = {
        "modifier": account.modifier,
        "hashers": account.get_param_hashers(),
        "key": config.get_decoder_class(account.get_params_type_string()[0]).scale_info_type.value["path"],
        "value": config.get_decoder_class(account.get_value_type_string()).scale_info_type.value["path"],
        "default_length": byte_length(account.value["default"]),
    }

    balances = versioned.get_metadata_pallet("Balances")
    summary["balances_calls"] = {
        c.name: [[a.name, a.type] for a in c.args] for c in balances.calls
    }
    summary["balances_errors"] = [e.name for e in balances.errors]
    summary["balances_constants"] = {c.name: c.value["value"] for c in balances.constants}

    call = config.create_scale_object("Call", metadata=versioned)
    summary["call"] = call.encode(request["call"]).to_hex()
    decoded_call = config.create_scale_object("Call", data=ScaleBytes(summary["call"]), metadata=versioned)
    summary["call_decoded"] = decoded_call.decode()

    events_entry = versioned.get_metadata_pallet("System").get_storage_function("Events")
    events = config.create_scale_object(
        events_entry.get_value_type_string(), data=scale_bytes(request["events"]), metadata=versioned
    )
    summary["events"] = events.decode()

    error = versioned.get_module_error(module_index=1, error_index=2)
    summary["module_error"] = error.name if error else None

    summary["signed_extensions"] = list(versioned.get_signed_extensions().keys())

    extrinsic = config.create_scale_object("Extrinsic", data=scale_bytes(request["extrinsic"]), metadata=versioned)
    summary["extrinsic"] = extrinsic.decode()

    summary["paths"] = sorted(
        {"::".join(t["type"]["path"]) for t in versioned.portable_registry["types"].value if t["type"]["path"]}
    )
    print(json.dumps(summary, sort_keys=True, default=str))


if __name__ == "__main__":
    {"registry": registry, "metadata": metadata}[sys.argv[1]]()
