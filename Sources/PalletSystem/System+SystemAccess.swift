public import PhalaPrimitives
public import RuntimeSupport
import SCALE

extension System {
    /// Records `event` in `System.Events` at the current phase and counts it; does nothing in block 0,
    /// as FRAME records no genesis events.
    /// - Parameters:
    ///   - event: the encoded outer event.
    ///   - state: the block's state.
    /// - Throws: `DispatchError.corruption` or `.unavailable` when the state cannot be read.
    public func deposit(_ event: EncodedEvent, in state: inout Overlay) throws(DispatchError) {
        guard try Storage.number.value(in: &state) != 0 else { return }
        let phase = try Storage.executionPhase.get(in: &state) ?? .initialization
        let count = try Storage.eventCount.value(in: &state)
        guard count < .max else { return }
        do {
            try state.append(EventRecord(phase: phase, event: event).scaleEncoded(), toVectorAt: Storage.events.prefix)
        } catch {
            throw .unavailable
        }
        Storage.eventCount.set(count + 1, in: &state)
    }

    /// The number of the block being built.
    public func blockNumber(in state: inout Overlay) throws(DispatchError) -> BlockNumber {
        try Storage.number.value(in: &state)
    }

    /// The hash of the block being built's parent.
    public func parentHash(in state: inout Overlay) throws(DispatchError) -> H256 {
        try Storage.parentHash.value(in: &state)
    }

    /// The digest of the block being built.
    public func digest(in state: inout Overlay) throws(DispatchError) -> [DigestItem] {
        try Storage.digest.value(in: &state)
    }

    /// Adds an item to the block's digest.
    public func depositLog(_ item: DigestItem, in state: inout Overlay) throws(DispatchError) {
        try Storage.digest.mutate(in: &state) { (digest: inout [DigestItem]) throws(DispatchError) in
            digest.append(item)
        }
    }

    /// The account's balance data; empty for an account that does not exist.
    public func accountData(of account: AccountId32, in state: inout Overlay) throws(DispatchError) -> AccountData {
        try Storage.account.value(account, in: &state).data
    }

    /// Stores the account's balance data, or removes the record when nothing keeps the account alive
    /// (FRAME's `StoredMap::try_mutate_exists` for System).
    public func setAccountData(_ data: AccountData, of account: AccountId32, in state: inout Overlay)
        throws(DispatchError)
    {
        var info = try Storage.account.value(account, in: &state)
        if info.providers > 0 || info.sufficients > 0 {
            info.data = data
            Storage.account.insert(info, for: account, in: &state)
        } else {
            Storage.account.remove(account, in: &state)
        }
    }

    /// Adds a provider; the first one creates the account and emits `NewAccount`.
    public func incrementProviders(of account: AccountId32, in state: inout Overlay) throws(DispatchError) {
        var info = try Storage.account.value(account, in: &state)
        let created = info.providers == 0 && info.sufficients == 0
        info.providers = created ? 1 : (info.providers == .max ? .max : info.providers + 1)
        Storage.account.insert(info, for: account, in: &state)
        if created { try deposit(encodedEvent(Event.newAccount(account: account)), in: &state) }
    }

    /// Removes a provider; removing the last one with no sufficients kills the account and emits
    /// `KilledAccount`, unless consumers remain (`DispatchError.consumerRemaining`).
    public func decrementProviders(of account: AccountId32, in state: inout Overlay) throws(DispatchError) {
        guard try Storage.account.contains(account, in: &state) else { return }
        var info = try Storage.account.value(account, in: &state)
        let providers = max(info.providers, 1)
        if providers == 1 && info.consumers > 0 { throw .consumerRemaining }
        if providers == 1 && info.sufficients == 0 {
            Storage.account.remove(account, in: &state)
            try deposit(encodedEvent(Event.killedAccount(account: account)), in: &state)
            return
        }
        info.providers = providers - 1
        Storage.account.insert(info, for: account, in: &state)
    }

    /// Whether the account has no consumers, or more than one provider.
    public func canDecrementProviders(of account: AccountId32, in state: inout Overlay) throws(DispatchError) -> Bool {
        let info = try Storage.account.value(account, in: &state)
        return info.consumers == 0 || info.providers > 1
    }

    /// Adds a consumer to an account that has a provider.
    public func incrementConsumers(of account: AccountId32, in state: inout Overlay) throws(DispatchError) {
        var info = try Storage.account.value(account, in: &state)
        guard info.providers > 0 else { throw .noProviders }
        guard info.consumers < configuration.maxConsumers else { throw .tooManyConsumers }
        info.consumers += 1
        Storage.account.insert(info, for: account, in: &state)
    }

    /// Removes a consumer, never going below zero.
    public func decrementConsumers(of account: AccountId32, in state: inout Overlay) throws(DispatchError) {
        try Storage.account.mutateExisting(account, in: &state) { (info: inout AccountInfo?) throws(DispatchError) in
            guard var existing = info, existing.consumers > 0 else { return }
            existing.consumers -= 1
            info = existing
        }
    }
}
