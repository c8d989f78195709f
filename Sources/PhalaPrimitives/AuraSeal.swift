public import PhalaCrypto
import SCALE

/// Aura's slot digest and seal (consensus.md §1.3): `PreRuntime(aura, slot u64)` before execution, and
/// after it a `Seal(aura, signature)` over the pre-hash (the header's hash without the seal).
public enum AuraSeal {
    /// The pre-runtime digest item announcing `slot`.
    /// - Parameter slot: unix milliseconds / slot duration.
    public static func preDigest(slot: UInt64) -> DigestItem {
        .preRuntime(engine: DigestItem.auraEngine, data: slot.scaleEncoded())
    }

    /// The slot a header's Aura pre-runtime digest announces, or `nil` (genesis has none: slot 0).
    /// - Parameter header: a header, sealed or not.
    public static func slot(of header: Header) -> UInt64? {
        for item in header.digest {
            guard case .preRuntime(let engine, let data) = item, engine == DigestItem.auraEngine else { continue }
            var decoder = ScaleDecoder(data)
            return try? decoder.decode(UInt64.self)
        }
        return nil
    }

    /// Checks that `header` ends with an Aura seal by the slot's author, as an importer must
    /// (consensus.md §1.5): the last digest item is the seal, exactly one slot digest precedes it, and
    /// the sr25519 signature over the unsealed header's hash is `authorities[slot mod count]`'s.
    /// - Parameters:
    ///   - header: the sealed header.
    ///   - authorities: the Aura authorities in the parent's state, in order.
    /// - Returns: the slot, when the seal is good; `nil` otherwise.
    public static func verifiedSlot(of header: Header, authorities: [[UInt8]]) -> UInt64? {
        guard case .seal(let engine, let signature)? = header.digest.last, engine == DigestItem.auraEngine,
            !authorities.isEmpty
        else { return nil }
        var unsealed = header
        unsealed.digest.removeLast()
        let slots = unsealed.digest.filter {
            if case .preRuntime(DigestItem.auraEngine, _) = $0 { true } else { false }
        }
        guard slots.count == 1, let slot = slot(of: unsealed) else { return nil }
        let author = authorities[Int(slot % UInt64(authorities.count))]
        guard let key = try? Sr25519.PublicKey(bytes: author), let parsed = try? Sr25519.Signature(bytes: signature),
            key.verify(parsed, for: unsealed.hash.bytes)
        else { return nil }
        return slot
    }

    /// `header` with the author's seal appended: `key`'s signature over the header's current hash.
    /// - Parameters:
    ///   - header: the executed, unsealed header.
    ///   - key: the slot author's sr25519 Aura key.
    public static func seal(_ header: Header, with key: KeyPair) -> Header {
        var sealed = header
        let signature = key.sign(header.hash.bytes)
        sealed.digest.append(.seal(engine: DigestItem.auraEngine, data: signature))
        return sealed
    }
}
