import PalletComputation
import PhalaPrimitives
import RuntimeSupport
import Tokenomics

/// Computation's session callbacks fanned out to every observer in order (Phala's `OnUnbound` and
/// `OnReward` tuples). The runtime has none until the stake pools pallet is composed in; its
/// settlement part, which needs no Computation, is the observer to add.
struct SessionObservers: SessionObserving {
    /// The observers, called in order.
    let observers: [any SessionObserving]

    /// Tells every observer that `worker` was unbound.
    func sessionUnbound(worker: FixedBytes<32>, forced: Bool, in state: inout Overlay) throws(DispatchError) {
        for observer in observers { try observer.sessionUnbound(worker: worker, forced: forced, in: &state) }
    }

    /// Tells every observer about a gatekeeper report's settlements.
    func settled(rewards: [SettleInfo], in state: inout Overlay) throws(DispatchError) {
        for observer in observers { try observer.settled(rewards: rewards, in: &state) }
    }
}
