extension KeyPair {
    /// The sr25519 pair for `miniSecret` (expanded the Ed25519-compatible way, as Substrate does) after
    /// applying `junctions`.
    static func sr25519(miniSecret: [UInt8], junctions: [DeriveJunction]) -> Sr25519.KeyPair {
        var pair: Sr25519.KeyPair
        do {
            pair = try Sr25519.KeyPair(miniSecret: miniSecret)
        } catch {
            preconditionFailure("Sr25519.KeyPair rejected a 32-byte mini secret: \(error)")
        }
        for junction in junctions {
            switch junction {
            case .hard(let chainCode): pair = pair.hardDerived(chainCode: chainCode)
            case .soft(let chainCode): pair = pair.softDerived(chainCode: chainCode)
            }
        }
        return pair
    }
}
