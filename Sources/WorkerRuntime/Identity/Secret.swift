/// A wrapper that keeps a secret value out of logs, string interpolation and debugger mirrors.
///
/// Every key the runtime holds (identity key, master keys, sealing key) lives inside a `Secret`, so an
/// accidental `"\(key)"` or `dump(key)` prints `<redacted>` instead of key bytes. Reading the value is
/// explicit: `exposedValue`. The allow-list log handler also refuses any metadata value of this type.
public struct Secret<Value: Sendable>: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable, RedactedInLogs
{
    /// The wrapped secret; whoever reads it must not log, print or send it anywhere untrusted.
    public let exposedValue: Value

    /// Wraps a secret value.
    /// - Parameter value: the secret.
    public init(_ value: Value) {
        exposedValue = value
    }

    /// `Secret(<redacted>)`, never the value.
    public var description: String { "Secret(<redacted>)" }

    /// `Secret(<redacted>)`, never the value.
    public var debugDescription: String { description }

    /// A mirror with no children, so `dump` and debuggers show nothing inside.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}

/// Marks types whose values hold secrets: the allow-list log handler replaces them with `<redacted>`.
public protocol RedactedInLogs {}
