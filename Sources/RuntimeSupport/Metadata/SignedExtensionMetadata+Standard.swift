import PhalaPrimitives
import SCALE

extension SignedExtensionMetadata {
    /// The eight extensions this chain checks, in the order and with the identifiers both
    /// substrate-interface and polkadot.js encode (substrate-rpc.md §5.5): the extrinsic carries
    /// era ‖ compact nonce ‖ compact tip, the payload adds spec version ‖ tx version ‖ genesis hash ‖
    /// era birth block hash. Matches `PhalaPrimitives.SignedExtra` and `SigningPayload`.
    public static var substrateStandard: [SignedExtensionMetadata] {
        [
            frameExtension("CheckNonZeroSender", in: "frame_system::extensions::check_non_zero_sender"),
            frameExtension(
                "CheckSpecVersion",
                in: "frame_system::extensions::check_spec_version",
                additionalSigned: .of(UInt32.self)
            ),
            frameExtension(
                "CheckTxVersion",
                in: "frame_system::extensions::check_tx_version",
                additionalSigned: .of(UInt32.self)
            ),
            frameExtension(
                "CheckGenesis",
                in: "frame_system::extensions::check_genesis",
                additionalSigned: .of(H256.self)
            ),
            frameExtension(
                "CheckMortality",
                in: "frame_system::extensions::check_mortality",
                field: TypeField(type: .of(Era.self), typeName: "Era"),
                additionalSigned: .of(H256.self)
            ),
            frameExtension(
                "CheckNonce",
                in: "frame_system::extensions::check_nonce",
                field: TypeField(type: .of(Compact<UInt32>.self), typeName: "T::Nonce")
            ),
            frameExtension("CheckWeight", in: "frame_system::extensions::check_weight"),
            frameExtension(
                "ChargeTransactionPayment",
                in: "pallet_transaction_payment",
                field: TypeField(type: .of(Compact<UInt128>.self), typeName: "BalanceOf<T>")
            ),
        ]
    }

    /// The extensions' types as one tuple, the `Extra` parameter of `UncheckedExtrinsic`.
    /// - Parameter extensions: the extensions in order.
    /// - Returns: the tuple of their `type`s.
    public static func extra(_ extensions: [SignedExtensionMetadata]) -> TypeReference {
        .tuple(extensions.map(\.type))
    }

    /// A FRAME extension struct `<module>::<identifier><T>` (marker parameter `T` skipped) holding
    /// at most one field.
    private static func frameExtension(
        _ identifier: String,
        in module: String,
        field: TypeField<TypeReference>? = nil,
        additionalSigned: TypeReference = .unit
    ) -> SignedExtensionMetadata {
        let path = module.split(separator: "::").map(String.init) + [identifier]
        let type = TypeReference.named(path.joined(separator: "::")) {
            .composite(path: path, parameters: [TypeParameter(name: "T", type: nil)], fields: field.map { [$0] } ?? [])
        }
        return SignedExtensionMetadata(identifier: identifier, type: type, additionalSigned: additionalSigned)
    }
}
