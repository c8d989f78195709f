import PhalaTesting

/// The test contracts the benchmarks run, built by `PhalaTesting.ContractBuilder` from Tests/Contracts
/// (the same flags and cache as the tests), plus a generated ~100 KB contract; no binary is committed.
enum ContractCompiler {
    /// Tests/Contracts/<name>/<name>.c as Wasm.
    static func build(_ name: String) throws -> [UInt8] {
        try ContractBuilder.build(name).wasm
    }

    /// A contract of about `targetBytes` of code: `count` distinct step functions reached through a
    /// table (so none is dropped or inlined), `default()` as constructor and `run(u32) -> u32`
    /// (selector 0x5ca1ab1e) chaining all steps. Sized by compiling once and scaling the count.
    static func buildLarge(targetBytes: Int) throws -> [UInt8] {
        let probe = try ContractBuilder.compile(source: largeSource(count: 500), name: "large-probe")
        let count = max(1, 500 * targetBytes / probe.count)
        return try ContractBuilder.compile(source: largeSource(count: count), name: "large")
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
