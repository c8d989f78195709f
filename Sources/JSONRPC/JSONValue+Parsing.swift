extension JSONValue {
    /// Bounds that keep parsing hostile input cheap: total size and nesting depth.
    public struct ParsingLimits: Sendable, Hashable {
        /// The longest input accepted, in bytes. Default 16 MiB, the RPC server's frame limit.
        public var maxBytes: Int
        /// The deepest nesting of arrays and objects accepted. Default 128, as serde_json (Substrate's parser).
        public var maxDepth: Int

        /// Creates limits; the defaults suit JSON-RPC messages.
        public init(maxBytes: Int = 16 << 20, maxDepth: Int = 128) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
        }
    }

    /// Parses one JSON value (RFC 8259) that fills `bytes` apart from surrounding whitespace.
    ///
    /// Strings must be valid UTF-8 with escaped control characters and paired surrogates; numbers keep
    /// their exact value (see `JSONValue`). Work is linear in the input and recursion is bounded by
    /// `limits.maxDepth`, so oversized or deeply nested input fails fast instead of exhausting memory or
    /// the stack.
    /// - Parameters:
    ///   - bytes: UTF-8 JSON text.
    ///   - limits: size and depth bounds.
    /// - Throws: `JSONParsingError` with the kind of problem and its byte offset.
    public init(parsing bytes: some Collection<UInt8>, limits: ParsingLimits = ParsingLimits()) throws(JSONParsingError) {
        guard bytes.count <= limits.maxBytes else {
            throw JSONParsingError(.inputTooLarge(size: bytes.count, limit: limits.maxBytes), at: 0)
        }
        let outcome: Result<JSONValue, JSONParsingError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONParsingError) -> JSONValue in
                var parser = JSONParser(input: buffer, maxDepth: limits.maxDepth)
                return try parser.parseDocument()
            }
        }
        if let outcome {
            self = try outcome.get()
        } else {
            self = try JSONValue(parsing: Array(bytes), limits: limits)
        }
    }

    /// Parses one JSON value from `text`; see `init(parsing:limits:)` for the rules.
    /// - Throws: `JSONParsingError` with the kind of problem and its byte offset.
    public init(parsing text: String, limits: ParsingLimits = ParsingLimits()) throws(JSONParsingError) {
        var text = text
        text.makeContiguousUTF8()
        try self.init(parsing: text.utf8, limits: limits)
    }
}
