public import Logging

/// A log handler for trusted code: forwards to another handler only the metadata keys on an allow-list,
/// and never lets a secret-holding value through.
///
/// The enclave's logs leave the trust boundary, so what may appear in them is decided here, once:
/// - metadata whose key is not in `allowedKeys` is dropped (from the logger's own metadata, the
///   metadata provider's and each call's);
/// - a value of a type marked `RedactedInLogs` (every `Secret`), anywhere inside an allowed value's
///   arrays or dictionaries, becomes `<redacted>`;
/// - nested dictionary keys are filtered by the same allow-list.
/// The message text itself is passed on: log messages in trusted code must not interpolate secrets
/// (`Secret`'s description is `<redacted>` anyway).
public struct AllowListLogHandler: LogHandler {
    /// The handler that receives the filtered events.
    public var upstream: any LogHandler
    /// The metadata keys that may leave the runtime.
    public let allowedKeys: Set<String>

    /// Wraps `upstream` so only allow-listed metadata reaches it.
    /// - Parameters:
    ///   - upstream: the handler that writes the logs.
    ///   - allowedKeys: the metadata keys to keep.
    public init(upstream: any LogHandler, allowedKeys: Set<String>) {
        self.upstream = upstream
        self.allowedKeys = allowedKeys
    }

    /// The upstream's level.
    public var logLevel: Logger.Level {
        get { upstream.logLevel }
        set { upstream.logLevel = newValue }
    }

    /// This handler's metadata; filtered when an event is logged.
    public var metadata: Logger.Metadata = [:]

    /// A provider whose metadata is filtered like the rest.
    public var metadataProvider: Logger.MetadataProvider?

    /// Reads or sets one metadata value of this handler.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Filters the event's metadata and forwards it.
    /// - Parameter event: the event to log.
    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let own = event.metadata { merged.merge(own) { _, new in new } }
        var filtered = event
        filtered.metadata = filter(merged)
        upstream.log(event: filtered)
    }

    /// Keeps allow-listed keys and redacts secret-holding values inside them.
    func filter(_ metadata: Logger.Metadata) -> Logger.Metadata {
        var result: Logger.Metadata = [:]
        for (key, value) in metadata where allowedKeys.contains(key) { result[key] = redact(value) }
        return result
    }

    private func redact(_ value: Logger.MetadataValue) -> Logger.MetadataValue {
        switch value {
        case .string: value
        case .stringConvertible(let convertible): convertible is any RedactedInLogs ? .string("<redacted>") : value
        case .array(let values): .array(values.map(redact))
        case .dictionary(let dictionary): .dictionary(filter(dictionary))
        @unknown default: .string("<redacted>")
        }
    }
}
