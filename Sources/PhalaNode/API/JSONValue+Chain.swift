import JSONRPC
import PhalaPrimitives
import PhalaRuntime
import SCALE
import StateStore

extension JSONValue {
    /// Bytes as Substrate's `Bytes`: `"0x"` and two lowercase hex digits per byte.
    static func hex(_ bytes: some Sequence<UInt8>) -> JSONValue {
        .string(Hex.encode(bytes))
    }

    /// A hash as `"0x"` and 64 hex digits.
    static func hash(_ hash: H256) -> JSONValue {
        .string(hash.description)
    }

    /// An unsigned 64-bit quantity as a JSON number (`.integer` whenever it fits, as the parser reads it).
    static func number(_ value: UInt64) -> JSONValue {
        Int64(exactly: value).map { JSONValue.integer($0) } ?? .unsignedInteger(value)
    }

    /// A quantity as serde's `U256`/`NumberOrHex::Hex`: `"0x"` and hex digits without leading zeros (`"0x0"`).
    static func compactHex(_ value: UInt128) -> JSONValue {
        .string("0x" + String(value, radix: 16))
    }

    /// A header as Substrate's JSON: `parentHash`, `number` as a hex string, `stateRoot`,
    /// `extrinsicsRoot`, and `digest.logs` as the hex SCALE of each digest item.
    static func header(_ header: Header) -> JSONValue {
        [
            "parentHash": .hash(header.parentHash),
            "number": .string("0x" + String(header.number, radix: 16)),
            "stateRoot": .hash(header.stateRoot),
            "extrinsicsRoot": .hash(header.extrinsicsRoot),
            "digest": ["logs": .array(header.digest.map { .hex($0.scaleEncoded()) })],
        ]
    }

    /// A signed block as `chain_getBlock` returns it: the header, each extrinsic's full encoding (length
    /// prefix included) in block order, and the justifications as serde writes `Option<Justifications>`
    /// (`[[[engine bytes], [proof bytes]], …]` as arrays of numbers), or `null` when there are none.
    static func signedBlock(_ block: Block, justifications: [Justification]) -> JSONValue {
        let justificationsJSON: JSONValue =
            justifications.isEmpty
            ? .null
            : .array(
                justifications.map { justification in
                    [byteArray(justification.engine.bytes), byteArray(justification.encoded)]
                }
            )
        return [
            "block": [
                "header": header(block.header),
                "extrinsics": .array(block.extrinsics.map { .hex($0.scaleEncoded()) }),
            ],
            "justifications": justificationsJSON,
        ]
    }

    /// Bytes as a JSON array of numbers, as serde writes a `Vec<u8>` or `[u8; N]`.
    static func byteArray(_ bytes: [UInt8]) -> JSONValue {
        .array(bytes.map { .integer(Int64($0)) })
    }

    /// A runtime version as sp-version's JSON: names, versions, `apis` as `[["0x<8-byte id>", version], …]`,
    /// `transactionVersion` and `stateVersion`.
    static func runtimeVersion(_ version: RuntimeVersion) -> JSONValue {
        [
            "specName": .string(version.specName),
            "implName": .string(version.implName),
            "authoringVersion": .integer(Int64(version.authoringVersion)),
            "specVersion": .integer(Int64(version.specVersion)),
            "implVersion": .integer(Int64(version.implVersion)),
            "apis": .array(version.apis.map { [.hex($0.id.bytes), .integer(Int64($0.version))] }),
            "transactionVersion": .integer(Int64(version.transactionVersion)),
            "stateVersion": .integer(Int64(version.systemVersion)),
        ]
    }

    /// A storage change set as `state_queryStorageAt` and `state_storage` notifications show it:
    /// `{"block": hash, "changes": [[key, value or null], …]}`.
    static func changeSet(block: H256, changes: [(key: [UInt8], value: [UInt8]?)]) -> JSONValue {
        [
            "block": .hash(block),
            "changes": .array(changes.map { [.hex($0.key), $0.value.map { JSONValue.hex($0) } ?? .null] }),
        ]
    }
}
