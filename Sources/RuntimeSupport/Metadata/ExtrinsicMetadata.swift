import PhalaPrimitives
import SCALE

/// Describes the extrinsic format for clients: the `UncheckedExtrinsic` type, whose parameters
/// name the address, call, signature and extra types, the format version and the signed extensions.
public struct ExtrinsicMetadata: Sendable {
    /// The `sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic` type.
    public var type: TypeReference
    /// The extrinsic format version: 4.
    public var version: UInt8
    /// The signed extensions, in the order their data is encoded.
    public var signedExtensions: [SignedExtensionMetadata]

    /// Describes the extrinsic format.
    /// - Parameters:
    ///   - type: the `UncheckedExtrinsic` type, usually from `uncheckedExtrinsic(call:signedExtensions:)`.
    ///   - version: the format version.
    ///   - signedExtensions: the signed extensions in order.
    public init(type: TypeReference, version: UInt8 = 4, signedExtensions: [SignedExtensionMetadata]) {
        self.type = type
        self.version = version
        self.signedExtensions = signedExtensions
    }

    /// This chain's v4 extrinsic format: `MultiAddress` addresses, `MultiSignature` signatures and
    /// Substrate's standard signed extensions, over the runtime's call type.
    /// - Parameter call: the runtime's outer call enum (`<crate>_runtime::RuntimeCall`).
    /// - Returns: the extrinsic metadata.
    public static func standard(call: TypeReference) -> ExtrinsicMetadata {
        let extensions = SignedExtensionMetadata.substrateStandard
        return ExtrinsicMetadata(
            type: uncheckedExtrinsic(
                address: .of(MultiAddress.self),
                call: call,
                signature: .of(MultiSignature.self),
                extra: SignedExtensionMetadata.extra(extensions)
            ),
            signedExtensions: extensions
        )
    }

    /// `UncheckedExtrinsic<Address, Call, Signature, Extra>` as sp-runtime describes it: an opaque
    /// `Vec<u8>` whose four parameters all carry their types, which is how substrate-interface finds
    /// the address and signature types and polkadot.js the call type.
    /// - Parameters:
    ///   - address: the signer's address type.
    ///   - call: the outer call type.
    ///   - signature: the signature type.
    ///   - extra: the tuple of signed-extension types.
    /// - Returns: the extrinsic type's reference.
    public static func uncheckedExtrinsic(
        address: TypeReference,
        call: TypeReference,
        signature: TypeReference,
        extra: TypeReference
    ) -> TypeReference {
        let path = ["sp_runtime", "generic", "unchecked_extrinsic", "UncheckedExtrinsic"]
        return .named(path.joined(separator: "::"), arguments: [address, call, signature, extra]) {
            .composite(
                path: path,
                parameters: [
                    TypeParameter(name: "Address", type: address), TypeParameter(name: "Call", type: call),
                    TypeParameter(name: "Signature", type: signature), TypeParameter(name: "Extra", type: extra),
                ],
                fields: [TypeField(type: .of([UInt8].self))],
                docs: ["UncheckedExtrinsic raw bytes, requires custom decoding routine"]
            )
        }
    }

    /// Appends `ExtrinsicMetadata`, registering the types it names.
    func encode(to encoder: inout ScaleEncoder, registry: inout TypeRegistry) {
        encoder.encode(registry.register(type))
        encoder.encode(version)
        encoder.encode(compactLength: signedExtensions.count)
        for signedExtension in signedExtensions { signedExtension.encode(to: &encoder, registry: &registry) }
    }
}
