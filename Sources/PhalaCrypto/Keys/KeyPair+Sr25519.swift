extension KeyPair {
    /// The sr25519 pair for `miniSecret` (expanded the Ed25519-compatible way, as Substrate does) after
    /// applying `junctions`, with the derived mini secret while it is still known.
    ///
    /// As sp-core's `sr25519::Pair::derive` does, the seed follows hard junctions and is lost for good at
    /// the first soft junction (a soft child has no mini secret).
    static func sr25519(miniSecret: [UInt8], junctions: [DeriveJunction]) -> (pair: Sr25519.KeyPair, seed: [UInt8]?) {
        var pair: Sr25519.KeyPair
        do {
            pair = try Sr25519.KeyPair(miniSecret: miniSecret)
        } catch {
            preconditionFailure("Sr25519.KeyPair rejected a 32-byte mini secret: \(error)")
        }
        var seed: [UInt8]? = miniSecret
        for junction in junctions {
            switch junction {
            case .hard(let chainCode):
                let childSeed = pair.hardDerivedMiniSecret(chainCode: chainCode)
                pair = pair.hardDerived(chainCode: chainCode)
                seed = seed.map { _ in childSeed }
            case .soft(let chainCode):
                pair = pair.softDerived(chainCode: chainCode)
                seed = nil
            }
        }
        return (pair, seed)
    }
}
