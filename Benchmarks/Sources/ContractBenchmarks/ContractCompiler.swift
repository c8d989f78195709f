import Foundation

/// Compiles C contracts to wasm at run time, with the flags `PhalaTesting.ContractBuilder` uses
/// (pink-abi.md §2: MVP only, imported memory of 2…16 pages, `deploy` and `call` exported), so the
/// benchmark measures exactly the modules the tests run without committing any binary.
enum ContractCompiler {
    /// The repository's Tests/Contracts, found from this file's place in Benchmarks/Sources.
    static let contractsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ContractBenchmarks
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // Benchmarks
        .deletingLastPathComponent()  // repository
        .appendingPathComponent("Tests/Contracts")

    /// A scratch directory for this run's sources and modules.
    static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("contract-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// clang from `PHALA_CLANG`, else the Swift toolchain's.
    static var clang: String {
        ProcessInfo.processInfo.environment["PHALA_CLANG"] ?? "/opt/swift/usr/bin/clang"
    }

    /// Compiles Tests/Contracts/<name>/<name>.c.
    static func build(_ name: String) throws -> [UInt8] {
        try compile(source: contractsDirectory.appendingPathComponent("\(name)/\(name).c"), name: name)
    }

    /// Compiles C source text written to the scratch directory as `<name>.c`.
    static func build(name: String, source: String) throws -> [UInt8] {
        let url = scratch.appendingPathComponent("\(name).c")
        try Data(source.utf8).write(to: url)
        return try compile(source: url, name: name)
    }

    private static func compile(source: URL, name: String) throws -> [UInt8] {
        let output = scratch.appendingPathComponent("\(name).wasm")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: clang)
        process.arguments = [
            "--target=wasm32", "-mcpu=mvp", "-O2", "-nostdlib", "-ffreestanding", "-Wall", "-Werror",
            "-Wl,--no-entry", "-Wl,--import-memory", "-Wl,--export=deploy", "-Wl,--export=call",
            "-Wl,--initial-memory=131072", "-Wl,--stack-first", "-z", "stack-size=32768", "-Wl,--max-memory=1048576",
            "-I", contractsDirectory.appendingPathComponent("include").path, "-o", output.path, source.path,
        ]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CompileFailure(description: "clang failed (exit \(process.terminationStatus)) on \(source.path)")
        }
        return Array(try Data(contentsOf: output))
    }

    /// A contract of about `targetBytes` of code: `count` distinct step functions reached through a
    /// table (so none is dropped or inlined), `default()` as constructor and `run(u32) -> u32`
    /// (selector 0x5ca1ab1e) chaining all steps. Sized by compiling once and scaling the count.
    static func buildLarge(targetBytes: Int) throws -> [UInt8] {
        let probe = try build(name: "large-probe", source: largeSource(count: 500))
        let count = max(1, 500 * targetBytes / probe.count)
        return try build(name: "large", source: largeSource(count: count))
    }

    private static func largeSource(count: Int) -> String {
        var text = """
            #include "phat.h"
            enum { SELECTOR_DEFAULT = 0xed4b9d1b, SELECTOR_RUN = 0x5ca1ab1e };
            typedef u32 (*step)(u32);

            """
        for index in 0..<count {
            let a = UInt32(truncatingIfNeeded: 2_654_435_761 &* UInt32(index + 1)) | 1
            let b = UInt32(truncatingIfNeeded: 40_503 &* UInt32(index + 7))
            let shift = 3 + index % 23
            text += """
                __attribute__((noinline)) static u32 step_\(index)(u32 x) {
                    x = x * \(a)u + \(b)u; x ^= x >> \(shift); x = (x << \(shift % 7 + 1)) | (x >> \(31 - shift % 7));
                    if (x & \(1 << (index % 31))u) x += \(b ^ 0x5bd1e995)u; else x ^= \(a ^ 0x9e3779b9)u;
                    return x * \(a ^ 0x85ebca6b)u;
                }

                """
        }
        text += "static step const steps[\(count)] = {"
        text += (0..<count).map { "step_\($0)" }.joined(separator: ", ")
        text += """
            };

            void deploy(void) {
                phat_call call = phat_read_call();
                if (call.selector != SELECTOR_DEFAULT) phat_could_not_read_input();
                phat_deny_value();
                phat_constructor_done();
            }

            void call(void) {
                phat_call call = phat_read_call();
                if (call.selector != SELECTOR_RUN) phat_could_not_read_input();
                u32 x = phat_read_u32(&call.arguments);
                phat_arguments_done(&call.arguments);
                phat_deny_value();
                for (u32 i = 0; i < \(count); i++) x = steps[(i * 7 + x) % \(count)](x);
                phat_writer reply = phat_reply_begin();
                phat_write_u32(&reply, x);
                phat_reply(&reply);
            }

            """
        return text
    }
}

/// clang could not build a contract.
struct CompileFailure: Error, CustomStringConvertible {
    let description: String
}
