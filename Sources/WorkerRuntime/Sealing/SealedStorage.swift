import EnclaveAPI
import Foundation

/// The runtime's sealed files in one directory: the software sealing key and the files it seals.
/// Writes go to a temporary file that is renamed into place, so a crash leaves the old or the new
/// version, never a torn one.
struct SealedStorage: Sendable {
    /// The directory.
    let directory: String
    /// The sealing key from `sealing.key`.
    let provider: SoftwareSealingProvider

    /// Opens the directory, creating it and its sealing key if missing.
    /// - Parameter directory: the path.
    /// - Throws: `EnclaveError.sealingFailed` when the directory or key file cannot be used.
    init(directory: String) throws(EnclaveError) {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .sealingFailed(reason: "cannot create the data directory \(directory): \(error.localizedDescription)")
        }
        var random = SystemRandomSource()
        do {
            provider = try SoftwareSealingProvider(keyFile: directory + "/sealing.key", random: &random)
        } catch {
            throw .sealingFailed(reason: error.description)
        }
    }

    /// Reads a sealed file.
    /// - Parameter name: the file name.
    /// - Returns: its bytes, or nil when it does not exist.
    /// - Throws: `EnclaveError.sealingFailed` when it exists but cannot be read.
    func read(_ name: String) throws(EnclaveError) -> [UInt8]? {
        let path = directory + "/" + name
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .sealingFailed(reason: "cannot read \(path)")
        }
        return Array(data)
    }

    /// Replaces a sealed file atomically.
    /// - Parameters:
    ///   - bytes: the sealed bytes.
    ///   - name: the file name.
    /// - Throws: `EnclaveError.sealingFailed` when it cannot be written.
    func write(_ bytes: [UInt8], to name: String) throws(EnclaveError) {
        let path = directory + "/" + name
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .sealingFailed(reason: "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Deletes a sealed file if present.
    /// - Parameter name: the file name.
    func remove(_ name: String) {
        try? FileManager.default.removeItem(atPath: directory + "/" + name)
    }
}
