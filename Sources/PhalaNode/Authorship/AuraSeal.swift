import PhalaCrypto
import PhalaPrimitives
import SCALE

/// Aura's slot digest and seal (consensus.md §1.3): `PreRuntime(aura, slot u64)` before execution, and
/// after it a `Seal(aura, signature)` over the pre-hash (the header's hash without the seal).
enum AuraSeal {
    /// The pre-runtime digest item announcing `slot`.
    static func preDigest(slot: UInt64) -> DigestItem {
        .preRuntime(engine: DigestItem.auraEngine, data: slot.scaleEncoded())
    }

    /// The slot a header's Aura pre-runtime digest announces, or `nil` (genesis has none: slot 0).
    static func slot(of header: Header) -> UInt64? {
        for item in header.digest {
            guard case .preRuntime(let engine, let data) = item, engine == DigestItem.auraEngine else { continue }
            var decoder = ScaleDecoder(data)
            return try? decoder.decode(UInt64.self)
        }
        return nil
    }

    /// `header` with the author's seal appended: `key`'s signature over the header's current hash.
    static func seal(_ header: Header, with key: KeyPair) -> Header {
        var sealed = header
        let signature = key.sign(header.hash.bytes)
        sealed.digest.append(.seal(engine: DigestItem.auraEngine, data: signature))
        return sealed
    }
}
