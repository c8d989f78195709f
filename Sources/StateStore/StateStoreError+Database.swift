import GRDB

extension StateStoreError {
    /// Turns anything a database access threw into a `StateStoreError`: our own errors pass through,
    /// SQLite result codes map to their kinds, and anything else becomes `.databaseFailure`.
    /// - Parameters:
    ///   - error: what the access threw.
    ///   - path: the database path, for messages about the file.
    init(translating error: any Error, path: String) {
        if let error = error as? StateStoreError {
            self = error
            return
        }
        guard let error = error as? DatabaseError else {
            self = .databaseFailure(String(describing: error))
            return
        }
        let detail = error.message ?? "SQLite code \(error.extendedResultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_NOTADB: self = .notADatabase(path: path)
        case .SQLITE_CORRUPT: self = .corrupt(detail)
        case .SQLITE_FULL: self = .diskFull(detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(detail)
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(detail)
        case .SQLITE_CANTOPEN: self = .cannotOpen(path: path, detail)
        case .SQLITE_IOERR: self = .ioFailure(detail)
        default: self = .databaseFailure("\(detail) (SQLite code \(error.extendedResultCode.rawValue))")
        }
    }
}
