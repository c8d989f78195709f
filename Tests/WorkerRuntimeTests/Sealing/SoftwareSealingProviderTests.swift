import Foundation
import Testing

@testable import WorkerRuntime

@Suite struct SoftwareSealingProviderTests {
    @Test func sealedBytesUnsealWithTheSameKeyFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandomSource(seed: 1)
        let provider = try SoftwareSealingProvider(keyFile: directory.path + "/sealing.key", random: &random)
        let sealed = provider.seal([1, 2, 3], associatedData: [9])
        #expect(sealed.count == SealingKey.minimumByteCount + 3)
        #expect(try provider.unseal(sealed, associatedData: [9]) == [1, 2, 3])
        // Reopening the file (a restart) gives the same key.
        let reopened = try SoftwareSealingProvider(keyFile: directory.path + "/sealing.key", random: &random)
        #expect(try reopened.unseal(sealed, associatedData: [9]) == [1, 2, 3])
        #expect(try provider.unseal(provider.seal([], associatedData: []), associatedData: []) == [])
    }

    @Test func theKeyFileIsCreatedWithMode0600() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandomSource(seed: 2)
        let path = directory.path + "/sealing.key"
        _ = try SoftwareSealingProvider(keyFile: path, random: &random)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect((attributes[.size] as? NSNumber)?.intValue == 32)
    }

    @Test func aKeyFileOthersCanReadIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandomSource(seed: 3)
        let path = directory.path + "/sealing.key"
        _ = try SoftwareSealingProvider(keyFile: path, random: &random)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: SealingError.self) { try SoftwareSealingProvider(keyFile: path, random: &random) }
        let short = directory.path + "/short.key"
        _ = FileManager.default.createFile(
            atPath: short,
            contents: Data([1, 2]),
            attributes: [.posixPermissions: 0o600]
        )
        #expect(throws: SealingError.keyFile("\(short) holds 2 bytes, expected 32")) {
            try SoftwareSealingProvider(keyFile: short, random: &random)
        }
    }

    @Test func tamperingIsDetected() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandomSource(seed: 4)
        let provider = try SoftwareSealingProvider(keyFile: directory.path + "/sealing.key", random: &random)
        let sealed = provider.seal([1, 2, 3, 4], associatedData: [])
        for index in [9, SealingKey.headerByteCount, sealed.count - 1] {
            var tampered = sealed
            tampered[index] ^= 0x40
            #expect(throws: SealingError.tampered) { try provider.unseal(tampered, associatedData: []) }
        }
        #expect(throws: SealingError.tampered) { try provider.unseal(sealed, associatedData: [1]) }
    }

    @Test func anotherKeyIsReportedAsTheWrongKey() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandomSource(seed: 5)
        let provider = try SoftwareSealingProvider(keyFile: directory.path + "/one.key", random: &random)
        let other = try SoftwareSealingProvider(keyFile: directory.path + "/two.key", random: &random)
        #expect(throws: SealingError.wrongKey) {
            try other.unseal(provider.seal([1], associatedData: []), associatedData: [])
        }
    }

    @Test func truncatedOrForeignBytesAreRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var random = SeededRandomSource(seed: 6)
        let provider = try SoftwareSealingProvider(keyFile: directory.path + "/sealing.key", random: &random)
        let sealed = provider.seal([1, 2], associatedData: [])
        #expect(throws: SealingError.truncated(length: 0, minimum: 37)) { try provider.unseal([], associatedData: []) }
        #expect(throws: SealingError.truncated(length: 36, minimum: 37)) {
            try provider.unseal(Array(sealed.prefix(36)), associatedData: [])
        }
        #expect(throws: SealingError.unsupportedVersion(2)) {
            try provider.unseal([2] + sealed.dropFirst(), associatedData: [])
        }
    }
}
