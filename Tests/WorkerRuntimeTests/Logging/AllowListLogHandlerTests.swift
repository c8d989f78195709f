import Logging
import Synchronization
import Testing

@testable import WorkerRuntime

@Suite struct AllowListLogHandlerTests {
    /// Records the metadata of every event it receives.
    final class Recorder: Sendable {
        let events = Mutex<[Logger.Metadata]>([])
    }

    struct RecordingHandler: LogHandler {
        let recorder: Recorder
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        var metadataProvider: Logger.MetadataProvider?
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) { recorder.events.withLock { $0.append(event.metadata ?? [:]) } }
    }

    func logger(allowing keys: Set<String>) -> (Logger, Recorder) {
        let recorder = Recorder()
        let logger = Logger(label: "test") { _ in
            AllowListLogHandler(upstream: RecordingHandler(recorder: recorder), allowedKeys: keys)
        }
        return (logger, recorder)
    }

    @Test func metadataOutsideTheAllowListIsDropped() {
        var (logger, recorder) = logger(allowing: ["block"])
        logger[metadataKey: "secret_seed"] = "0x1234"
        logger.info("synced", metadata: ["block": "12", "peer": "10.0.0.1"])
        #expect(recorder.events.withLock { $0 } == [["block": "12"]])
    }

    @Test func secretsAreRedactedEvenUnderAllowedKeys() {
        let (logger, recorder) = logger(allowing: ["key", "nested", "keep"])
        let secret = Secret<[UInt8]>([1, 2, 3])
        logger.info(
            "keys",
            metadata: [
                "key": .stringConvertible(secret),
                "nested": .dictionary(["keep": .array([.stringConvertible(secret)]), "drop": "x"]),
            ]
        )
        let event = recorder.events.withLock { $0[0] }
        #expect(event["key"]?.description == "<redacted>")
        #expect(event["nested"] == .dictionary(["keep": .array([.string("<redacted>")])]))
    }

    @Test func providerMetadataIsFilteredToo() {
        let recorder = Recorder()
        var handler = AllowListLogHandler(upstream: RecordingHandler(recorder: recorder), allowedKeys: ["worker"])
        handler.metadataProvider = Logger.MetadataProvider { ["worker": "w1", "ip": "10.0.0.2"] }
        Logger(label: "test") { _ in handler }.warning("up")
        #expect(recorder.events.withLock { $0 } == [["worker": "w1"]])
    }
}
