import ContractEgress
import Testing

/// Which addresses a contract may reach (RFC 1918 private, RFC 6598 shared, RFC 3927 and RFC 4291
/// link-local, RFC 4193 unique-local ranges).
@Suite struct EgressPolicyTests {
    func ipv6(_ groups: [UInt16]) -> [UInt8] { groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }

    @Test func publicIPv4AddressesAreAllowedAndTheRestRefused() {
        #expect(EgressPolicy.isPublic([93, 184, 215, 14]))
        #expect(EgressPolicy.isPublic([172, 32, 0, 1]) && EgressPolicy.isPublic([100, 128, 0, 1]))
        for refused: [UInt8] in [
            [0, 0, 0, 0], [127, 0, 0, 1], [10, 1, 2, 3], [172, 16, 0, 1], [172, 31, 255, 255], [192, 168, 1, 1],
            [169, 254, 169, 254], [100, 64, 0, 1],
        ] {
            #expect(!EgressPolicy.isPublic(refused), "\(refused)")
        }
    }

    @Test func publicIPv6AddressesAreAllowedAndTheRestRefused() {
        #expect(EgressPolicy.isPublic(ipv6([0x2606, 0x2800, 0x220, 1, 0x248, 0x1893, 0x25c8, 0x1946])))
        #expect(!EgressPolicy.isPublic(ipv6([0, 0, 0, 0, 0, 0, 0, 0])))
        #expect(!EgressPolicy.isPublic(ipv6([0, 0, 0, 0, 0, 0, 0, 1])))
        #expect(!EgressPolicy.isPublic(ipv6([0xFE80, 0, 0, 0, 0, 0, 0, 1])))
        #expect(!EgressPolicy.isPublic(ipv6([0xFD12, 0x3456, 0, 0, 0, 0, 0, 1])))
        #expect(!EgressPolicy.isPublic(ipv6([0, 0, 0, 0, 0, 0xFFFF, 0x7F00, 0x0001])))
        #expect(EgressPolicy.isPublic(ipv6([0, 0, 0, 0, 0, 0xFFFF, 0x5DB8, 0xD70E])))
        #expect(!EgressPolicy.isPublic([1, 2, 3]))
    }

    @Test func checkResolvesNamesAndLiterals() {
        #expect(throws: EgressRefusal.notAllowed(host: "127.0.0.1", address: "127.0.0.1")) {
            try EgressPolicy().check(host: "127.0.0.1")
        }
        #expect(throws: EgressRefusal.self) { try EgressPolicy().check(host: "localhost") }
        #expect(throws: Never.self) { try EgressPolicy().check(host: "93.184.215.14") }
        #expect(throws: Never.self) { try EgressPolicy(allowPrivateNetworks: true).check(host: "127.0.0.1") }
    }
}
