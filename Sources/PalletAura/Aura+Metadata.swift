public import PhalaPrimitives
public import RuntimeSupport

extension Aura {
    /// Aura as clients see it: the authorities, the current slot and `SlotDuration`.
    public var metadata: PalletMetadata {
        let authority = TypeReference.named("sp_consensus_aura::sr25519::app_sr25519::Public") {
            .composite(
                path: ["sp_consensus_aura", "sr25519", "app_sr25519", "Public"],
                fields: [TypeField(type: .of(FixedBytes<32>.self), typeName: "sr25519::Public")]
            )
        }
        let slot = TypeReference.named("sp_consensus_slots::Slot") {
            .composite(
                path: ["sp_consensus_slots", "Slot"],
                fields: [TypeField(type: .of(UInt64.self), typeName: "u64")]
            )
        }
        return PalletMetadata(
            name: Self.name,
            index: index,
            storage: PalletStorageMetadata(
                prefix: Self.name,
                entries: [
                    StorageEntryMetadata(
                        Storage.authorities,
                        type: .sequence(of: authority),
                        docs: ["The current authority set."]
                    ),
                    StorageEntryMetadata(
                        Storage.currentSlot,
                        type: slot,
                        docs: ["The current slot of this block."]
                    ),
                ]
            ),
            constants: [
                PalletConstantMetadata(
                    name: "SlotDuration",
                    value: configuration.slotDuration,
                    docs: ["The slot duration Aura should run with, in milliseconds."]
                )
            ]
        )
    }
}
