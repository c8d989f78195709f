import Foundation

/// Finds the `phala` executable that `swift build --build-tests` put beside this test bundle.
enum PhalaExecutable {
    /// Why the executable could not be found.
    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "no phala executable in \(searched.joined(separator: ", ")); build it with `swift build --build-tests`"
        }
    }

    /// The path of the built `phala` executable, next to the running test binary.
    /// - Throws: `NotFound` when it was not built.
    static func path() throws -> String {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        var searched: [String] = []
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("phala").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            searched.append(directory.path)
            directory = directory.deletingLastPathComponent()
        }
        throw NotFound(searched: searched)
    }
}
