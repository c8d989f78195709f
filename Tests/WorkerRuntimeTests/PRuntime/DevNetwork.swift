import EnclaveAPI
import Foundation
import MerkleTrie
import Messaging
import PalletMessageQueue
import PalletRegistry
import PalletSudo
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime
import PhalaTesting
import RuntimeSupport
import SCALE
import WorkerRuntime

/// A dev chain with several real enclaves, driven block by block the way worker hosts drive them:
/// every block is fed to every enclave, and their egress is relayed into the next block at the
/// chain's next sequence (the first copy of a sequence wins, as in the pool).
struct DevNetwork {
    /// The chain.
    var chain: DevChain
    /// The enclaves, each with its data directory.
    var enclaves: [EnclaveHarness] = []
    /// //Alice, sudo and the payer of registrations.
    let alice: KeyPair
    /// Alice's next nonce.
    var aliceNonce: UInt32 = 0
    /// The messages relayed into each block, by block number.
    var relayed: [Int: [SignedMessage]] = [:]
    /// The enclaves whose egress is not relayed (their host lost its connection to the chain).
    var withheld: Set<Int> = []

    /// A network with `workers` enclaves on a chain of two empty blocks.
    /// - Parameters:
    ///   - workers: how many enclaves.
    ///   - checkpointInterval: their checkpoint interval.
    init(workers: Int, checkpointInterval: UInt32 = 100) throws {
        chain = try DevChain(blocks: 2)
        alice = try KeyPair(uri: "//Alice", scheme: .sr25519)
        for _ in 0..<workers {
            var harness = try EnclaveHarness.make(blocks: 0, checkpointInterval: checkpointInterval)
            harness.chain = chain
            enclaves.append(harness)
        }
    }

    /// Initializes every enclave and feeds it the chain so far.
    mutating func start() async throws {
        for enclave in enclaves {
            try await enclave.initialize()
        }
        try await feed()
    }

    /// Builds one block with `calls` signed by Alice and the relayed egress, then feeds every enclave.
    /// - Parameter calls: runtime calls Alice signs.
    mutating func step(_ calls: [RuntimeCall] = []) async throws {
        var extrinsics: [[UInt8]] = []
        for call in calls {
            extrinsics.append(chain.signed(call, by: alice, nonce: aliceNonce))
            aliceNonce += 1
        }
        let messages = try await egressToRelay()
        extrinsics += messages.map { DevChain.unsigned(.messageQueue(.syncOffchainMessage(signedMessage: $0))) }
        try chain.extend(with: extrinsics)
        relayed[chain.height] = messages
        try await feed()
    }

    /// Steps `count` times with no calls.
    mutating func idle(_ count: Int) async throws {
        for _ in 0..<count { try await step() }
    }

    /// Gives every enclave the chain's new blocks.
    private mutating func feed() async throws {
        for index in enclaves.indices {
            enclaves[index].chain = chain
            try await enclaves[index].catchUp()
        }
    }

    /// Every enclave's pending messages that the chain expects next, first copy per sequence.
    private func egressToRelay() async throws -> [SignedMessage] {
        var next: [MessageOrigin: UInt64] = [:]
        var chosen: [SignedMessage] = []
        var progressed = true
        var candidates: [SignedMessage] = []
        for (index, enclave) in enclaves.enumerated() where !withheld.contains(index) {
            candidates += try await enclave.client.takeEgress()
        }
        while progressed {
            progressed = false
            for message in candidates {
                let origin = message.message.sender
                let expected = try next[origin] ?? chainSequence(of: origin)
                if message.sequence == expected {
                    chosen.append(message)
                    next[origin] = expected + 1
                    progressed = true
                }
            }
        }
        return chosen
    }

    /// The chain's next expected sequence for `origin` at its head.
    func chainSequence(of origin: MessageOrigin) throws -> UInt64 {
        let key = MessageQueue.Storage.offchainIngress.storageKey(for: origin)
        guard let bytes = try chain.state(chain.height).value(forKey: key) else { return 0 }
        return try UInt64(scaleDecoding: bytes)
    }

    /// Reads a storage value at the chain's head.
    func read<Value: ScaleDecodable>(_ key: [UInt8], as type: Value.Type = Value.self) throws -> Value? {
        try chain.state(chain.height).value(forKey: key).map { try Value(scaleDecoding: $0) }
    }

    /// The call that registers enclave `index` with its own registration info and attestation.
    func registration(of index: Int) async throws -> RuntimeCall {
        let info = try await enclaves[index].client.runtimeInfo()
        return try RuntimeCall(scaleDecoding: [8, 7] + info.registrationInfo + [1] + info.attestation)
    }

    /// `sudo(call)`.
    static func sudo(_ call: RuntimeCall) -> RuntimeCall { .sudo(.sudo(call: call)) }

    /// Removes every data directory.
    func cleanUp() {
        for enclave in enclaves { enclave.cleanUp() }
    }
}
