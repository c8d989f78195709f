public import Foundation

/// Runs reference implementations written in Python (py-sr25519-bindings, scalecodec) from tests.
///
/// The test script (`scripts/test`) installs the reference packages into a virtual environment and
/// exports `PHALA_TEST_PYTHON` with that environment's interpreter. A test that needs a reference
/// fails loudly when the variable is missing or the interpreter cannot run, instead of skipping.
public enum PythonReference {
    /// Why a reference script could not give an answer.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong and what to do about it.
        public let description: String
    }

    /// The interpreter named by `PHALA_TEST_PYTHON`.
    /// - Throws: `Failure` when the variable is not set, with the command that sets it up.
    public static func interpreter() throws -> URL {
        guard let path = ProcessInfo.processInfo.environment["PHALA_TEST_PYTHON"], !path.isEmpty else {
            throw Failure(
                description: """
                    PHALA_TEST_PYTHON is not set: run the tests through `bash scripts/test`, which installs \
                    the Python reference packages into .venv and sets it.
                    """
            )
        }
        return URL(fileURLWithPath: path)
    }

    /// Runs `script` with `arguments`, feeding `input` on standard input, and returns standard output.
    /// - Parameters:
    ///   - script: path of the Python file to run.
    ///   - arguments: command-line arguments after the script path.
    ///   - input: bytes written to the script's standard input.
    /// - Returns: everything the script printed on standard output.
    /// - Throws: `Failure` when the interpreter is missing or the script exits non-zero (with its stderr).
    public static func run(script: String, arguments: [String] = [], input: Data = Data()) throws -> String {
        let process = Process()
        process.executableURL = try interpreter()
        process.arguments = [script] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "python \(script) exited with \(process.terminationStatus): "
                    + String(decoding: errors, as: UTF8.self)
            )
        }
        return String(decoding: output, as: UTF8.self)
    }
}
