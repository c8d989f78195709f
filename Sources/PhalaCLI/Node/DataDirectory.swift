import Foundation

/// Prepares the directory a node keeps its database in.
enum DataDirectory {
    /// Creates `path` and its parents if they are missing.
    /// - Throws: `CommandError` when it cannot be created (a file in the way, no permission).
    static func create(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandError(
                "cannot create the data directory \(path): \(error.localizedDescription); choose another with --base-path"
            )
        }
    }
}
