import Foundation

/// Writes lines to stdout unbuffered, so a script reading a pipe sees each one as it happens
/// (the RPC listening line, transaction statuses) rather than when the process exits.
enum StandardOutput {
    /// Writes `line` and a newline straight to file descriptor 1.
    static func writeLine(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

extension StandardOutput {
    /// Writes `line` and a newline straight to file descriptor 2, for status lines that must stay out
    /// of a command's JSON on stdout.
    static func writeErrorLine(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
