"""Encodes calls and decodes replies with our .contract bundles through substrate-interface's ink!
metadata support (ContractMetadata, substrate-interface 1.8.1), offline.

Input (stdin): a JSON list of cases, each
  {"bundle": path, "constructor": label, "args": {...}}  -> hex of selector ‖ SCALE(args)
  {"bundle": path, "message": label, "args": {...}}      -> hex of selector ‖ SCALE(args)
  {"bundle": path, "reply": label, "data": "0x..."}      -> JSON of the message's decoded return value
Output (stdout): one line per case.
"""
import json
import sys

from scalecodec.base import RuntimeConfigurationObject, ScaleBytes
from scalecodec.type_registry import load_type_registry_preset
from substrateinterface.contracts import ContractMetadata


class OfflineSubstrate:
    """The part of SubstrateInterface that ContractMetadata uses, without a node."""

    def __init__(self):
        self.runtime_config = RuntimeConfigurationObject()
        self.runtime_config.update_type_registry(load_type_registry_preset("core"))

    def init_runtime(self):
        pass

    def encode_scale(self, type_string, value):
        return self.runtime_config.create_scale_object(type_string).encode(value)


metadata = {}
for case in json.load(sys.stdin):
    path = case["bundle"]
    if path not in metadata:
        metadata[path] = ContractMetadata.create_from_file(path, OfflineSubstrate())
    contract = metadata[path]
    if "constructor" in case:
        print(contract.generate_constructor_data(case["constructor"], case.get("args", {})))
    elif "message" in case:
        print(contract.generate_message_data(case["message"], case.get("args", {})))
    else:
        type_string = contract.get_return_type_string_for_message(case["reply"])
        value = contract.substrate.runtime_config.create_scale_object(type_string, data=ScaleBytes(case["data"]))
        print(json.dumps(value.decode(), sort_keys=True))
