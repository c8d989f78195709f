public import PhalaPrimitives
import SCALE

extension Header: TypeInfo {
    /// `sp_runtime::generic::header::Header<u32, BlakeTwo256>`: the number is compact and the
    /// digest is the `Digest` struct around the log list.
    public static var typeInfo: TypeDescription<TypeReference> {
        let hashing = TypeReference.named("sp_runtime::traits::BlakeTwo256") {
            .composite(path: ["sp_runtime", "traits", "BlakeTwo256"], fields: [])
        }
        return .composite(
            path: ["sp_runtime", "generic", "header", "Header"],
            parameters: [
                TypeParameter(name: "Number", type: .of(BlockNumber.self)), TypeParameter(name: "Hash", type: hashing),
            ],
            fields: [
                TypeField(name: "parent_hash", type: .of(H256.self), typeName: "Hash::Output"),
                TypeField(name: "number", type: .of(Compact<BlockNumber>.self), typeName: "Number"),
                TypeField(name: "state_root", type: .of(H256.self), typeName: "Hash::Output"),
                TypeField(name: "extrinsics_root", type: .of(H256.self), typeName: "Hash::Output"),
                TypeField(name: "digest", type: .digest, typeName: "Digest"),
            ]
        )
    }
}
