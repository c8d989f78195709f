public import SCALE

/// Which signature scheme a pink `sign`, `verify` or `get_public_key` call uses (pink-abi.md §5.3).
public enum SigType: UInt8, Sendable, Hashable, CaseIterable, ScaleByteEnum {
    /// Ed25519: 32-byte seeds and public keys, 64-byte signatures.
    case ed25519 = 0
    /// Sr25519 (schnorrkel, context "substrate"): 32-byte mini-secrets or 64-byte secret keys.
    case sr25519 = 1
    /// ECDSA over secp256k1: 32-byte secrets, 33-byte compressed public keys, 65-byte r‖s‖v signatures.
    case ecdsa = 2
}
