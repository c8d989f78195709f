import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Seals with a 32-byte AES-256-GCM key kept in a file, for machines without a TEE (development, tests).
///
/// **This protects nothing against the machine's owner.** Anyone who can read the key file (root, the
/// worker's user, whoever holds the disk) can unseal everything and impersonate the worker. What it does
/// give: sealed files are unreadable without the key file, tampering and a wrong key are detected, and
/// the key file is created with mode 0600 (owner read/write only; root-only when the worker runs as
/// root) and refused if its mode lets anyone else read it. Use an enclave's sealing in production.
///
/// The sealed layout is `SealingKey`'s: `0x01` ‖ key id (8) ‖ nonce (12) ‖ ciphertext ‖ tag (16).
public struct SoftwareSealingProvider: SealingProvider {
    let key: SealingKey

    /// Opens the key file at `path`, creating it with fresh random bytes and mode 0600 if it is missing.
    /// - Parameters:
    ///   - path: the key file's path; its directory must exist.
    ///   - random: the randomness for a new key; `SystemRandomSource` outside tests.
    /// - Throws: `SealingError.keyFile` when the file cannot be created or read, is not 32 bytes, or is
    ///   readable or writable by group or others.
    public init(keyFile path: String, random: inout some RandomSource) throws(SealingError) {
        let descriptor = open(path, O_RDONLY)
        if descriptor >= 0 {
            defer { close(descriptor) }
            key = SealingKey(bytes: Secret(try Self.readKey(descriptor: descriptor, path: path)))
        } else if errno == ENOENT {
            let bytes = random.bytes(count: 32)
            try Self.createKeyFile(path: path, bytes: bytes)
            key = SealingKey(bytes: Secret(bytes))
        } else {
            throw .keyFile("cannot open \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Seals with the file's key and a fresh random nonce.
    /// - Parameters:
    ///   - plaintext: the bytes to protect.
    ///   - associatedData: context that must match when unsealing.
    /// - Returns: the sealed bytes.
    public func seal(_ plaintext: [UInt8], associatedData: [UInt8]) -> [UInt8] {
        var random = SystemRandomSource()
        return key.seal(plaintext, associatedData: associatedData, nonce: random.bytes(count: 12))
    }

    /// Unseals bytes sealed with the same key file.
    /// - Parameters:
    ///   - sealed: the sealed bytes.
    ///   - associatedData: the context given to `seal`.
    /// - Returns: the plaintext.
    /// - Throws: `SealingError.truncated`, `.unsupportedVersion`, `.wrongKey` or `.tampered`.
    public func unseal(_ sealed: [UInt8], associatedData: [UInt8]) throws(SealingError) -> [UInt8] {
        try key.unseal(sealed, associatedData: associatedData)
    }

    private static func readKey(descriptor: Int32, path: String) throws(SealingError) -> [UInt8] {
        // Through FileManager rather than fstat: the C `stat` declarations are merged across clang modules,
        // and which one owns them (Glibc, CoreFoundation, CDispatch) depends on the build's load order, so
        // MemberImportVisibility refused `stat().st_mode` in some builds.
        let permissions: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            guard let value = (attributes[.posixPermissions] as? NSNumber)?.intValue else {
                throw SealingError.keyFile("\(path) reports no permissions")
            }
            permissions = value
        } catch let error as SealingError {
            throw error
        } catch {
            throw .keyFile("cannot read the permissions of \(path): \(error)")
        }
        let mode = permissions & 0o777
        guard mode & 0o077 == 0 else {
            throw .keyFile(
                "\(path) has mode 0\(String(mode, radix: 8)); others could read the key: run `chmod 600 \(path)`"
            )
        }
        var buffer = [UInt8](repeating: 0, count: 33)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 33) }
        guard count == 32 else {
            throw .keyFile("\(path) holds \(count < 0 ? "no readable" : String(count)) bytes, expected 32")
        }
        return Array(buffer.prefix(32))
    }

    private static func createKeyFile(path: String, bytes: [UInt8]) throws(SealingError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw .keyFile("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        // The umask can only remove bits; set exactly 0600 in case the file system added any.
        guard fchmod(descriptor, 0o600) == 0 else {
            throw .keyFile("cannot set mode 0600 on \(path): \(String(cString: strerror(errno)))")
        }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, 32) }
        guard written == 32, fsync(descriptor) == 0 else {
            throw .keyFile("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
