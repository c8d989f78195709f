import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One HTTP/1.1 exchange over a plain socket, so a test sees every byte that crosses the wire.
///
/// The socket calls block, so they run on a thread of their own: blocking one of the few cooperative
/// threads would starve the server under test that runs on them.
struct RawHTTP {
    /// What the server sent back.
    struct Exchange {
        /// Every byte the server sent.
        let wire: [UInt8]
        /// The status code from the status line.
        let status: Int
        /// The bytes after the header block.
        let body: [UInt8]
    }

    /// A socket call failed; the test cannot go on.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Sends `POST path` with `body` to 127.0.0.1:`port` and reads the answer until the server closes
    /// (or 10 seconds pass without a byte).
    static func post(port: Int, path: String, body: [UInt8]) async throws -> Exchange {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try blockingPost(port: port, path: path, body: body) }) }
                .start()
        }
    }

    private static func blockingPost(port: Int, path: String, body: [UInt8]) throws -> Exchange {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect() failed: errno \(errno)") }
        let head =
            "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/octet-stream\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let request = Array(head.utf8) + body
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "send() failed: errno \(errno)") }
            sent += count
        }
        var wire: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count >= 0 else { throw Failure(description: "recv() failed: errno \(errno)") }
            if count == 0 { break }
            wire += buffer[0..<count]
        }
        return try exchange(wire)
    }

    /// Splits a response into its status and body.
    private static func exchange(_ wire: [UInt8]) throws -> Exchange {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, wire.count - 3)).first(where: { Array(wire[$0..<$0 + 4]) == separator }) else {
            throw Failure(description: "no header block in \(wire.count) bytes")
        }
        let statusLine = String(decoding: wire.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "no status line in the answer")
        }
        return Exchange(wire: wire, status: status, body: Array(wire[(end + 4)...]))
    }
}
