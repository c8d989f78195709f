public import Messaging
public import PhalaPrimitives
public import RuntimeSupport

extension MessageOrigin: TypeInfo {
    /// `phala_mq::types::MessageOrigin` with Phala's variant indices.
    public static var typeInfo: TypeDescription<TypeReference> {
        let bytes = TypeField<TypeReference>(type: .of([UInt8].self), typeName: "Vec<u8>")
        let hash = TypeField<TypeReference>(type: .of(H256.self), typeName: "H256")
        return .variant(
            path: ["phala_mq", "types", "MessageOrigin"],
            variants: [
                TypeVariant(name: "Pallet", index: 0, fields: [bytes]),
                TypeVariant(name: "Contract", index: 1, fields: [hash]),
                TypeVariant(
                    name: "Worker",
                    index: 2,
                    fields: [TypeField(type: .of(FixedBytes<32>.self), typeName: "sp_core::sr25519::Public")]
                ),
                TypeVariant(name: "AccountId", index: 3, fields: [hash]),
                TypeVariant(name: "MultiLocation", index: 4, fields: [bytes]),
                TypeVariant(name: "Gatekeeper", index: 5),
                TypeVariant(name: "Cluster", index: 6, fields: [hash]),
                TypeVariant(name: "Reserved", index: 255),
            ]
        )
    }
}

extension Topic: TypeInfo {
    /// `phala_mq::types::Topic(Vec<u8>)`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["phala_mq", "types", "Topic"],
            fields: [TypeField(type: .of([UInt8].self), typeName: "Path")]
        )
    }
}

extension Message: TypeInfo {
    /// `phala_mq::types::Message{sender, destination, payload}`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["phala_mq", "types", "Message"],
            fields: [
                .named("sender", MessageOrigin.self, "SenderId"),
                .named("destination", Topic.self, "Topic"),
                .named("payload", [UInt8].self, "Vec<u8>"),
            ]
        )
    }
}

extension SignedMessage: TypeInfo {
    /// `phala_mq::types::SignedMessage{message, sequence, signature}`.
    public static var typeInfo: TypeDescription<TypeReference> {
        .composite(
            path: ["phala_mq", "types", "SignedMessage"],
            fields: [
                .named("message", Message.self, "Message"),
                .named("sequence", UInt64.self, "u64"),
                .named("signature", [UInt8].self, "Vec<u8>"),
            ]
        )
    }
}
