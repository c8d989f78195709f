public import RuntimeSupport

extension Sudo {
    /// Sudo's errors, with pallet-sudo's indices (append-only).
    public enum Error: UInt8, PalletError {
        /// The signer is not the sudo key.
        case requireSudo = 0

        /// The case's name in metadata.
        public var name: String { "RequireSudo" }
    }
}
