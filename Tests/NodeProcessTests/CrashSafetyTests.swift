import Foundation
import JSONRPC
import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import StateStore
import Synchronization
import Testing

/// Crash safety (issue 3): SIGKILL a `phala dev` node while it builds blocks under a stream of transfers,
/// restart it on the same base path, and check that nothing it reported is lost and every stored block
/// re-executes to its state root (ChainReplay).
@Suite struct CrashSafetyTests {
    @Test func aKilledNodeContinuesFromItsLastCommittedBlockAndLosesNoReportedTransfer() async throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("phala-crash-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: base) }
        let stream = TransferStream()

        let first = try await NodeProcess.development(basePath: base)
        defer { first.kill() }
        try await Self.streamUntilKilled(first, stream: stream)
        let record = stream.record.withLock { $0 }
        #expect(
            record.unexpectedErrors.isEmpty,
            "submissions failed before the kill: \(record.unexpectedErrors.prefix(5))"
        )
        #expect(Set(record.inBlock.values).count >= 10, "only \(record.inBlock.count) transfers reported in blocks")
        #expect(record.submitted < 3 * 2_000, "the stream ended before the kill, not mid-stream")

        let second = try await NodeProcess.development(basePath: base)
        defer { second.kill() }
        let best = try await Client.withConnection(to: second.webSocketURL) { client in
            try await Self.checkReported(record.inBlock, client: client)
            return try await withDeadline(.seconds(180), "a transfer after the restart reaching a block") {
                try await Self.checkItKeepsProducing(client: client)
            }
        }
        #expect(second.terminate() == 0, "the restarted node did not stop cleanly\n\(second.diagnostics)")

        let replay = try ChainReplay(path: base + "/chain.sqlite", slotDuration: 250)
        #expect(replay.best.number >= best, "the database's best block is behind what the node served")
        let executed = try replay.reexecuteAll()
        #expect(executed >= record.inBlock.count + 1, "re-executed \(executed) extrinsics")
        let (issuance, sum) = try replay.issuanceAndBalances()
        #expect(issuance == sum, "TotalIssuance \(issuance) but the accounts hold \(sum)")
    }

    /// Streams transfers from three senders and SIGKILLs the node once they landed in ten blocks.
    static func streamUntilKilled(_ node: NodeProcess, stream: TransferStream) async throws {
        let senders = try ["//Alice", "//Bob", "//Charlie"].map { try KeyPair(uri: $0, scheme: .sr25519) }
        let destination = try AccountId32(bytes: KeyPair(uri: "//Dave", scheme: .sr25519).publicKey)
        do {
            try await Client.withConnection(to: node.webSocketURL) { client in
                let signer = try await TransferStream.signer(using: client)
                await withTaskGroup(of: Void.self) { group in
                    for sender in senders {
                        group.addTask {
                            await stream.submit(
                                from: sender,
                                to: destination,
                                count: 2_000,
                                signer: signer,
                                client: client
                            )
                        }
                    }
                    let deadline = ContinuousClock.now + .seconds(120)
                    while stream.blocksSeen < 10, ContinuousClock.now < deadline {
                        try? await Task.sleep(for: .milliseconds(20))
                    }
                    // Part-way into the next slot, while that block is being built or committed.
                    try? await Task.sleep(for: .milliseconds(120))
                    stream.record.withLock { $0.nodeKilled = true }
                    node.kill()
                }
            }
        } catch is ClientError where stream.record.withLock(\.nodeKilled) {
            // The connection to the killed node ends with the body.
        }
    }

    /// Every transfer reported in a block is in that block, and that block is canonical at its height.
    static func checkReported(_ reported: [String: String], client: Client) async throws {
        let best = try await Self.number(of: client.request("chain_getHeader", []))
        let byBlock = Dictionary(grouping: reported, by: \.value)
        for (hash, transfers) in byBlock {
            let number = try await Self.number(of: client.request("chain_getHeader", [.string(hash)]))
            #expect(number <= best, "block \(hash) is above the best block after the restart")
            let canonical = try await client.request("chain_getBlockHash", [.integer(Int64(number))])
            #expect(canonical.string == hash, "block #\(number) is \(canonical), the node reported \(hash)")
            let block = try await client.request("chain_getBlock", [.string(hash)])
            let included = Set(block["block"]?["extrinsics"]?.array?.compactMap(\.string) ?? [])
            let lost = transfers.filter { !included.contains($0.key) }
            #expect(lost.isEmpty, "\(lost.count) of \(transfers.count) transfers reported in #\(number) are missing")
        }
    }

    /// Sends one more transfer and waits until it is in a block above the restart's best block.
    /// - Returns: the number of that block.
    static func checkItKeepsProducing(client: Client) async throws -> UInt32 {
        let best = try await Self.number(of: client.request("chain_getHeader", []))
        let alice = try KeyPair(uri: "//Alice", scheme: .sr25519)
        let account = try AccountId32(bytes: alice.publicKey)
        let nonce = try await client.request("system_accountNextIndex", [.string(account.ss58(prefix: 30))])
        let signer = try await TransferStream.signer(using: client)
        let bytes = try signer.transfer(from: alice, to: account, planck: 1, nonce: UInt32(nonce.uint64 ?? 0))
        let watch = try await client.subscribe(
            "author_submitAndWatchExtrinsic",
            [.string(TransferSigner.hex(bytes))],
            unsubscribe: "author_unwatchExtrinsic"
        )
        for try await status in watch {
            guard let hash = status["inBlock"]?.string else { continue }
            let number = try await Self.number(of: client.request("chain_getHeader", [.string(hash)]))
            #expect(number > best, "the new transfer landed in #\(number), not above #\(best)")
            return number
        }
        throw TestFailure("the watch of a transfer after the restart ended without inBlock")
    }

    /// The block number of a header JSON (`number` is a hex string).
    static func number(of header: JSONValue) throws -> UInt32 {
        guard let text = header["number"]?.string, let number = UInt32(text.dropFirst(2), radix: 16) else {
            throw TestFailure("no header number in \(header)")
        }
        return number
    }
}
