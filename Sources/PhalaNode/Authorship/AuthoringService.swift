import Foundation
import Logging
import ServiceLifecycle
import StateStore

/// Wakes at every slot boundary (unix time / block time) and asks the author for a block, until
/// graceful shutdown; a block in progress is finished and committed before it stops.
struct AuthoringService: Service {
    let author: BlockAuthor
    let slotDuration: UInt64
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let now = Self.unixMilliseconds()
            let next = (now / slotDuration + 1) * slotDuration
            let wait = Duration.milliseconds(next - now)
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: wait) }
            } catch {
                return
            }
            guard !Task.isShuttingDownGracefully else { return }
            let slot = Self.unixMilliseconds() / slotDuration
            do {
                if let outcome = try await author.authorBlock(slot: slot) {
                    logger.info(
                        "authored and finalized block #\(outcome.block.number)",
                        metadata: [
                            "block.hash": "\(outcome.block.hash)", "block.transactions": "\(outcome.transactions)",
                            "block.refused": "\(outcome.refused)",
                        ]
                    )
                }
            } catch {
                logger.error("\(error)")
            }
        }
    }

    /// Milliseconds since the Unix epoch by this machine's clock (slots are wall-clock time in Aura).
    static func unixMilliseconds() -> UInt64 {
        UInt64(max(0, (Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }
}
