package import PhalaPrimitives

extension FixedBytes {
    /// Wraps bytes whose length is right by construction (a hash output, a literal).
    ///
    /// For this runtime's own values only; bytes from outside go through the throwing initialiser.
    /// - Parameter bytes: exactly `count` bytes.
    package init(known bytes: [UInt8]) {
        do {
            try self.init(bytes)
        } catch {
            preconditionFailure("\(bytes.count) bytes where \(count) were built: \(error)")
        }
    }
}
