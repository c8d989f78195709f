public import PhalaPrimitives

/// What the worker supplies to the pink extension: keys, the cache, HTTP, randomness, time and logging.
///
/// Narrow on purpose: everything that lives in the contract's frame (mode, addresses, balances, code,
/// events) comes from `ExtensionFrame` instead. Members that only a query may use (HTTP, randomness,
/// the wall clock, the worker key) are never touched in a transaction, so a transaction's result depends
/// on nothing here but the cluster key, the system contract, the event chain head and the system code.
public protocol PinkEnvironment: Sendable {
    /// The cluster's 64-byte sr25519 secret key (scalar ‖ nonce), from which contract keys are derived;
    /// nil on a cluster without a key (`derive_sr25519_key` then fails with `KeySeedMissing`).
    var clusterSecretKey: [UInt8]? { get }

    /// The worker's 32-byte public key, returned by `worker_pubkey` in queries.
    var workerPublicKey: FixedBytes<32> { get }

    /// The cluster's system contract, if it has one (`system_contract_id`, `import_latest_system_code`).
    var systemContract: AccountId32? { get }

    /// The worker-local cache that queries read and write directly.
    var cache: ContractCache { get }

    /// The worker's outgoing HTTP, used by queries only.
    var egress: any HTTPEgress { get }

    /// `count` bytes from a cryptographically secure generator (`getrandom` in queries).
    /// - Parameter count: how many bytes, 0…255.
    /// - Returns: fresh random bytes.
    func randomBytes(_ count: Int) -> [UInt8]

    /// The worker's wall-clock time in milliseconds since the Unix epoch; untrusted, queries only.
    /// - Returns: the time in milliseconds.
    func untrustedMillisSinceUnixEpoch() -> UInt64

    /// The head of the cluster's event chain (`current_event_chain_head`).
    /// - Returns: the next event block number and the last event block's hash.
    func eventChainHead() -> (nextBlockNumber: UInt64, lastBlockHash: H256)

    /// Uploads the chain's latest system contract code into the cluster, paid by `payer`, unless it is
    /// already there (`import_latest_system_code`; the extension has checked the caller is the system contract).
    /// - Parameter payer: the account that pays the storage deposit.
    /// - Returns: the code's hash, or nil when the chain has no system code.
    func importLatestSystemCode(payer: AccountId32) -> H256?

    /// Records a contract's log message in the worker log (and the cluster's log server).
    /// - Parameters:
    ///   - contract: the contract that logged.
    ///   - level: the message's severity.
    ///   - message: the text, as the contract wrote it.
    func log(contract: AccountId32, level: ContractLogLevel, message: String)
}
