import Messaging
import PalletComputation
import PalletRegistry
import PalletTimestamp
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE
import Tokenomics

/// A Computation pallet composed like the runtime's but with a recording observer, for the callbacks
/// the runtime has no observer for yet: what it is told is written to the state under test keys.
struct RecordingObserver: SessionObserving {
    static let unboundKey = Array("test:computation:unbound".utf8)
    static let settledKey = Array("test:computation:settled".utf8)

    func sessionUnbound(worker: FixedBytes<32>, forced: Bool, in state: inout Overlay) throws(DispatchError) {
        state.set(worker.scaleEncoded() + forced.scaleEncoded(), forKey: Self.unboundKey)
    }

    func settled(rewards: [SettleInfo], in state: inout Overlay) throws(DispatchError) {
        state.set(rewards.scaleEncoded(), forKey: Self.settledKey)
    }

    /// The runtime's Computation with this observer instead of the runtime's.
    static func computation(of runtime: Runtime) -> Computation {
        Computation(
            index: PalletIndex.computation,
            system: runtime.system,
            clock: Clock(),
            currency: runtime.balances,
            workers: Workers(),
            observer: RecordingObserver(),
            messages: Publisher(),
            configuration: runtime.configuration.computation
        )
    }

    /// Timestamp's `Now`.
    struct Clock: UnixTimeReading {
        func unixMilliseconds(in state: inout Overlay) throws(DispatchError) -> UInt64 {
            try Timestamp.Storage.now.value(in: &state)
        }
    }

    /// Registry's workers.
    struct Workers: WorkerRegistryReading {
        func worker(_ pubkey: FixedBytes<32>, in state: inout Overlay) throws(DispatchError) -> RegisteredWorker? {
            try Registry.Storage.workers.get(pubkey, in: &state).map {
                RegisteredWorker(
                    operator: $0.operator,
                    initialScore: $0.initialScore,
                    confidenceLevel: $0.confidenceLevel
                )
            }
        }

        func isRegisteredAfterGatekeeperLaunch(_ pubkey: FixedBytes<32>, in state: inout Overlay)
            throws(DispatchError) -> Bool
        { false }
    }

    /// Drops messages (the runtime's tests check them).
    struct Publisher: ComputationMessagePublishing {
        func publish(_ payload: [UInt8], to topic: Topic, in state: inout Overlay) throws(DispatchError) {}
    }
}
