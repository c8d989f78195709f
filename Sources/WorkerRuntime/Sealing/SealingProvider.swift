/// Seals bytes so that only this worker can read them back after a restart: runtime data, the master
/// key history, checkpoints.
///
/// A real enclave seals with a key bound to the enclave's measurement; `SoftwareSealingProvider` keeps the
/// key in a file. Either way sealing authenticates: unsealing altered bytes, or bytes sealed under another
/// key, fails with a typed `SealingError` instead of returning garbage.
public protocol SealingProvider: Sendable {
    /// Encrypts and authenticates `plaintext`.
    /// - Parameters:
    ///   - plaintext: the bytes to protect.
    ///   - associatedData: context that must match when unsealing (for example a file's purpose).
    /// - Returns: the sealed bytes.
    func seal(_ plaintext: [UInt8], associatedData: [UInt8]) -> [UInt8]

    /// Checks and decrypts bytes made by `seal`.
    /// - Parameters:
    ///   - sealed: the sealed bytes.
    ///   - associatedData: the same context given to `seal`.
    /// - Returns: the plaintext.
    /// - Throws: `SealingError` when the bytes are truncated, of an unknown version, sealed under another
    ///   key, or altered.
    func unseal(_ sealed: [UInt8], associatedData: [UInt8]) throws(SealingError) -> [UInt8]
}
