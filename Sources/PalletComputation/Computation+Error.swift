public import RuntimeSupport

extension Computation {
    /// Computation's errors at Phala's indices (append-only; Phala's deprecated and budget-contract
    /// errors keep their indices and have no case here).
    public enum Error: UInt8, PalletError {
        /// The caller may not do this: `unbind` by someone other than the worker's operator, or a
        /// `^phala/mining/update` report not from the gatekeepers.
        case badSender = 0
        /// A message's payload does not decode as its topic's type (Phala's deprecated `_InvalidMessage`).
        case invalidMessage = 1
        /// The worker is not registered.
        case workerNotRegistered = 2
        /// The session is already bound to a worker.
        case duplicateBoundSession = 4
        /// The worker has no benchmark score yet.
        case benchmarkMissing = 5
        /// The session has no record, or is not bound when starting.
        case sessionNotFound = 6
        /// The session is not bound to a worker.
        case sessionNotBound = 7
        /// The session is not Ready (binding over a running session, or starting twice).
        case workerNotReady = 8
        /// The session is not computing, so it cannot stop.
        case workerNotComputing = 9
        /// The worker is not bound to a session (a heartbeat from an unbound worker).
        case workerNotBound = 10
        /// The session is not cooling down, or its cool-down has not passed.
        case coolDownNotReady = 11
        /// The stake is below `k·√P`.
        case insufficientStake = 12
        /// The stake's Ve exceeds `v_max`.
        case tooMuchStake = 13
        /// The tokenomic parameters are missing or unusable.
        case internalErrorBadTokenomicParameters = 14
        /// The worker is already bound to another session.
        case duplicateBoundWorker = 15
        /// The worker's benchmark score is below `MinInitP`.
        case benchmarkTooLow = 16
        /// A Ready session still has a stake recorded (a bug elsewhere).
        case internalErrorCannotStartWithExistingStake = 17
        /// The worker first registered before the gatekeepers launched and must register again.
        case workerReregisterNeeded = 22

        /// The case's name in metadata (Phala's spelling).
        public var name: String {
            switch self {
            case .badSender: "BadSender"
            case .invalidMessage: "_InvalidMessage"
            case .workerNotRegistered: "WorkerNotRegistered"
            case .duplicateBoundSession: "DuplicateBoundSession"
            case .benchmarkMissing: "BenchmarkMissing"
            case .sessionNotFound: "SessionNotFound"
            case .sessionNotBound: "SessionNotBound"
            case .workerNotReady: "WorkerNotReady"
            case .workerNotComputing: "WorkerNotComputing"
            case .workerNotBound: "WorkerNotBound"
            case .coolDownNotReady: "CoolDownNotReady"
            case .insufficientStake: "InsufficientStake"
            case .tooMuchStake: "TooMuchStake"
            case .internalErrorBadTokenomicParameters: "InternalErrorBadTokenomicParameters"
            case .duplicateBoundWorker: "DuplicateBoundWorker"
            case .benchmarkTooLow: "BenchmarkTooLow"
            case .internalErrorCannotStartWithExistingStake: "InternalErrorCannotStartWithExistingStake"
            case .workerReregisterNeeded: "WorkerReregisterNeeded"
            }
        }
    }
}
