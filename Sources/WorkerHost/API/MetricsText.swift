/// Renders gauges and counters in Prometheus' text exposition format (version 0.0.4).
public struct MetricsText: Sendable {
    /// Whether a metric only grows (`counter`) or goes up and down (`gauge`).
    public enum Kind: String, Sendable {
        /// Goes up and down.
        case gauge
        /// Only grows (since the process started).
        case counter
    }

    /// The rendered text so far.
    public private(set) var text = ""

    /// Starts an empty exposition.
    public init() {}

    /// Appends one metric: its `# HELP` and `# TYPE` lines, then `name value`.
    /// - Parameters:
    ///   - name: the metric name, e.g. `phala_worker_finalized_block`.
    ///   - kind: gauge or counter.
    ///   - help: one line saying what it measures.
    ///   - value: the value as Prometheus writes numbers (an integer or a decimal).
    public mutating func append(_ name: String, _ kind: Kind, help: String, value: String) {
        text += "# HELP \(name) \(help)\n# TYPE \(name) \(kind.rawValue)\n\(name) \(value)\n"
    }

    /// Appends an integer metric.
    /// - Parameters:
    ///   - name: the metric name.
    ///   - kind: gauge or counter.
    ///   - help: what it measures.
    ///   - value: the value.
    public mutating func append(_ name: String, _ kind: Kind, help: String, value: some BinaryInteger) {
        append(name, kind, help: help, value: "\(value)")
    }

    /// A rate kept in thousandths as a decimal with three digits, e.g. 12_345 as `12.345`, without
    /// floating point.
    /// - Parameter thousandths: the value × 1000.
    /// - Returns: the decimal text.
    public static func decimal(thousandths: UInt64) -> String {
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
