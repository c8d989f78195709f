import Foundation
public import PhalaRuntime

/// Verifies many signature checks at once, split evenly over the machine's cores.
///
/// Signature verification is the bulk of executing a transfer; doing it ahead of execution on every
/// core leaves only the state work on the single importing thread.
public enum ParallelSignatureVerifier {
    /// The checks that passed, as execution accepts them.
    /// - Parameters:
    ///   - checks: from `Runtime.signatureChecks`.
    ///   - workers: how many tasks verify at once; the number of active cores by default.
    /// - Returns: the verified signatures; failed checks are left out, so execution rejects those itself.
    public static func verify(_ checks: [SignatureCheck], workers: Int = defaultWorkers) async -> VerifiedSignatures {
        guard checks.count > 1, workers > 1 else { return VerifiedSignatures(checks.filter(\.isValid)) }
        let chunk = (checks.count + workers - 1) / workers
        let passed = await withTaskGroup(of: [SignatureCheck].self) { group in
            for start in stride(from: 0, to: checks.count, by: chunk) {
                let slice = checks[start..<min(start + chunk, checks.count)]
                group.addTask { slice.filter(\.isValid) }
            }
            var passed: [SignatureCheck] = []
            for await part in group { passed += part }
            return passed
        }
        return VerifiedSignatures(passed)
    }

    /// The number of cores the system reports as active (at least 1).
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
