public import PhalaPrimitives

extension Era: TypeInfo {
    /// `sp_runtime::generic::era::Era` as sp-runtime describes it by hand: `Immortal` = 0, then
    /// `Mortal1` … `Mortal255` at indices 1 … 255, each with one `u8` field (the second byte of the
    /// two-byte mortal encoding, whose first byte is the index). Clients replace it with their own codec.
    public static var typeInfo: TypeDescription<TypeReference> {
        let mortal = (1...255).map { index in
            TypeVariant<TypeReference>(
                name: "Mortal\(index)",
                index: UInt8(index),
                fields: [TypeField(type: .of(UInt8.self))]
            )
        }
        return .variant(
            path: ["sp_runtime", "generic", "era", "Era"],
            variants: [TypeVariant(name: "Immortal", index: 0)] + mortal
        )
    }
}
