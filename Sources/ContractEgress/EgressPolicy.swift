#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which hosts a contract's HTTP request may reach: by default only public internet addresses.
///
/// A contract runs on the worker's machine, so without this check a query could probe the worker's own
/// services (loopback), its LAN, or a cloud metadata endpoint (link-local 169.254.169.254). The host is
/// resolved and every address it resolves to must be public. Refused: unspecified (0.0.0.0/8, ::),
/// loopback (127/8, ::1), private (10/8, 172.16/12, 192.168/16, and carrier-grade NAT 100.64/10),
/// link-local (169.254/16, fe80::/10) and unique-local (fc00::/7); IPv4-mapped IPv6 addresses are judged
/// by their IPv4 part. The client resolves the name again when it connects, so a DNS server that answers
/// differently the second time is not caught; redirects are never followed, so a redirect cannot bypass it.
public struct EgressPolicy: Sendable, Hashable {
    /// Whether private, loopback and link-local addresses may be reached (tests, private deployments).
    public var allowPrivateNetworks: Bool

    /// Creates a policy.
    /// - Parameter allowPrivateNetworks: true to allow every address; default false.
    public init(allowPrivateNetworks: Bool = false) {
        self.allowPrivateNetworks = allowPrivateNetworks
    }

    /// Checks that `host` may be reached, resolving it when it is a name.
    /// - Parameter host: a DNS name or an IP literal (IPv6 with or without brackets).
    /// - Throws: `.notAllowed` when any address of the host is not public; `.networkError` when the name
    ///   does not resolve.
    public func check(host: String) throws(EgressRefusal) {
        guard !allowPrivateNetworks else { return }
        let addresses = try Self.resolve(host)
        guard let refused = addresses.first(where: { !Self.isPublic($0) }) else { return }
        throw .notAllowed(host: host, address: Self.text(refused))
    }

    /// Whether an address (4 bytes IPv4 or 16 bytes IPv6, network order) is a public internet address.
    /// - Parameter address: the raw address bytes.
    /// - Returns: false for unspecified, loopback, private, link-local and unique-local addresses.
    public static func isPublic(_ address: [UInt8]) -> Bool {
        switch address.count {
        case 4:
            let (a, b) = (address[0], address[1])
            if a == 0 || a == 10 || a == 127 { return false }
            if a == 172 && b & 0xF0 == 16 { return false }
            if a == 192 && b == 168 { return false }
            if a == 169 && b == 254 { return false }
            if a == 100 && b & 0xC0 == 64 { return false }
            return true
        case 16:
            if address[0..<10].allSatisfy({ $0 == 0 }) && address[10] == 0xFF && address[11] == 0xFF {
                return isPublic(Array(address[12..<16]))
            }
            if address[0..<15].allSatisfy({ $0 == 0 }) && (address[15] == 0 || address[15] == 1) { return false }
            if address[0] == 0xFE && address[1] & 0xC0 == 0x80 { return false }
            if address[0] & 0xFE == 0xFC { return false }
            return true
        default:
            return false
        }
    }

    /// Every address `host` resolves to, as raw bytes.
    static func resolve(_ host: String) throws(EgressRefusal) -> [[UInt8]] {
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(name, nil, &hints, &list)
        guard status == 0, let first = list else {
            throw .unresolved(host: host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(first) }
        var addresses: [[UInt8]] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if let raw = entry.pointee.ai_addr {
                switch Int32(raw.pointee.sa_family) {
                case AF_INET:
                    raw.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 in
                        addresses.append(withUnsafeBytes(of: ipv4.pointee.sin_addr) { Array($0) })
                    }
                case AF_INET6:
                    raw.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { ipv6 in
                        addresses.append(withUnsafeBytes(of: ipv6.pointee.sin6_addr) { Array($0) })
                    }
                default: break
                }
            }
            cursor = entry.pointee.ai_next
        }
        guard !addresses.isEmpty else { throw .unresolved(host: host, reason: "no IPv4 or IPv6 address") }
        return addresses
    }

    /// An address as dotted IPv4 or hex IPv6 text, for error messages.
    static func text(_ address: [UInt8]) -> String {
        if address.count == 4 { return address.map(String.init).joined(separator: ".") }
        return stride(from: 0, to: address.count, by: 2)
            .map { String(UInt16(address[$0]) << 8 | UInt16(address[$0 + 1]), radix: 16) }
            .joined(separator: ":")
    }
}
