import Foundation

extension ContractBuilder {
    /// Contracts whose memory import declares no maximum, so only the host's limit bounds them.
    static let unboundedMemory: Set<String> = ["grow"]

    /// The clang command line for `name` (pink-abi.md §2): an MVP-only module (no bulk memory,
    /// reference types or multi-value) that imports `env.memory` with 2 pages minimum (16 maximum
    /// unless unbounded) and exports only `deploy` and `call`. The 32 KiB stack comes first, so an
    /// overflow leaves linear memory and traps instead of overwriting data.
    static func compilerFlags(for name: String) -> [String] {
        var flags = [
            "--target=wasm32", "-mcpu=mvp", "-O2", "-nostdlib", "-ffreestanding", "-Wall", "-Werror",
            "-Wl,--no-entry", "-Wl,--import-memory", "-Wl,--export=deploy", "-Wl,--export=call",
            "-Wl,--initial-memory=131072", "-Wl,--stack-first", "-z", "stack-size=32768",
        ]
        if !unboundedMemory.contains(name) { flags.append("-Wl,--max-memory=1048576") }
        return flags
    }

    /// clang from `PHALA_CLANG`, else the one beside the `swift` on PATH, else the toolchain's default place.
    /// - Throws: `ContractBuildError` naming every place that was tried.
    static func compiler() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let explicit = environment["PHALA_CLANG"], !explicit.isEmpty {
            candidates.append(explicit)
        } else {
            for directory in (environment["PATH"] ?? "").split(separator: ":") {
                let swift = URL(fileURLWithPath: String(directory)).appendingPathComponent("swift")
                guard FileManager.default.isExecutableFile(atPath: swift.path) else { continue }
                candidates.append(swift.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("clang").path)
            }
            candidates.append("/opt/swift/usr/bin/clang")
        }
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return URL(fileURLWithPath: found)
        }
        throw ContractBuildError(
            description: "no clang found (tried \(candidates.joined(separator: ", "))): set PHALA_CLANG to a clang "
                + "that has the wasm32 target and wasm-ld beside it, such as the Swift toolchain's"
        )
    }

    /// The compiler's path, size and modification time, so a changed toolchain invalidates the cache.
    static func compilerIdentity(_ clang: URL) -> String {
        let binary = clang.resolvingSymlinksInPath().path
        let attributes = (try? FileManager.default.attributesOfItem(atPath: binary)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.stringValue ?? "?"
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970.description ?? "?"
        return "\(binary) \(size) \(modified)"
    }

    /// Runs clang on one contract.
    /// - Throws: `ContractBuildError` with clang's messages when it cannot start or fails.
    static func compile(clang: URL, flags: [String], include: URL, source: URL, output: URL) throws {
        let process = Process()
        process.executableURL = clang
        process.arguments = flags + ["-I", include.path, "-o", output.path, source.path]
        let messages = Pipe()
        process.standardOutput = messages
        process.standardError = messages
        do {
            try process.run()
        } catch {
            throw ContractBuildError(description: "cannot run \(clang.path): \(error)")
        }
        let text = String(decoding: messages.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ContractBuildError(
                description: "clang failed (exit \(process.terminationStatus)) on \(source.path):\n\(text)"
            )
        }
    }
}
