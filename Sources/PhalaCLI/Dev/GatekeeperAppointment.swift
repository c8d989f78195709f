import EnclaveAPI
import Logging
import PalletRegistry
import PalletSudo
import PhalaClient
import PhalaCrypto
import PhalaRuntime
import RuntimeSupport
import PhalaPrimitives
import SCALE
import ServiceLifecycle

/// The dev chain's governance step for its gatekeeper: once the chain has registered the gatekeeper's
/// worker, //Alice (the dev sudo key) submits `Sudo.sudo(PhalaRegistry.register_gatekeeper(pubkey))`,
/// then waits until the gatekeeper is on chain. Nothing happens when it is already appointed (a dev
/// chain continued from its base path).
struct GatekeeperAppointment: Service {
    /// The gatekeeper's enclave, for its public key.
    let gatekeeper: any Enclave
    /// The node's WebSocket URL.
    let nodeURL: String
    /// Where progress goes.
    let logger = Logger(label: "phala.dev.governance")

    /// `Sudo.sudo(PhalaRegistry.register_gatekeeper(pubkey))`, encoded.
    /// - Parameter pubkey: the gatekeeper's identity key.
    /// - Returns: the call's bytes.
    static func appointment(of pubkey: FixedBytes<32>) -> [UInt8] {
        RuntimeCall.sudo(.sudo(call: .registry(.registerGatekeeper(gatekeeper: pubkey)))).scaleEncoded()
    }

    /// Polls until the gatekeeper is appointed, submitting the appointment once its worker is registered.
    func run() async throws {
        let client = EnclaveClient(gatekeeper)
        var pubkey: FixedBytes<32>?
        while pubkey == nil {
            pubkey = try? await client.status().publicKey
            if pubkey == nil { try await Task.sleep(for: .milliseconds(200)) }
        }
        guard let pubkey else { return }
        let alice = try KeyPair(uri: "//Alice", scheme: .sr25519)
        var submittedAt: ContinuousClock.Instant?
        while !Task.isCancelled {
            do {
                let appointed = try await Client.withConnection(to: nodeURL) { client in
                    try await step(pubkey: pubkey, alice: alice, client: client, submittedAt: &submittedAt)
                }
                if appointed { return }
            } catch {
                logger.warning("appointing the dev gatekeeper: \(error); retrying")
            }
            try await Task.sleep(for: .milliseconds(500))
        }
    }

    /// One look at the chain: done, or submit the appointment when the worker is registered (again
    /// after 30 s without effect).
    private func step(
        pubkey: FixedBytes<32>,
        alice: KeyPair,
        client: Client,
        submittedAt: inout ContinuousClock.Instant?
    ) async throws -> Bool {
        let gatekeepers = try await client.storage(Registry.Storage.gatekeeper.key).map { try [FixedBytes<32>](scaleDecoding: $0) } ?? []
        if gatekeepers.contains(pubkey) {
            logger.info("gatekeeper \(Hex.encode(pubkey.bytes)) is appointed")
            return true
        }
        guard try await client.storage(Registry.Storage.workers.storageKey(for: pubkey)) != nil else { return false }
        if let submittedAt, ContinuousClock.now - submittedAt < .seconds(30) { return false }
        let version = try await client.runtimeVersion()
        let builder = ExtrinsicBuilder(
            genesisHash: try await client.genesisHash(),
            specVersion: version.specVersion,
            transactionVersion: version.transactionVersion
        )
        let nonce = try await client.accountNextIndex(of: try AccountId32(bytes: alice.publicKey))
        _ = try await client.submit(builder.signed(call: Self.appointment(of: pubkey), by: alice, nonce: nonce))
        submittedAt = .now
        logger.info("submitted sudo(register_gatekeeper(\(Hex.encode(pubkey.bytes)))) as //Alice")
        return false
    }
}
