import PalletSystem
import PalletTransactionPayment
import PhalaPrimitives
import PhalaRuntime
import RuntimeSupport
import SCALE

/// What happened to one included extrinsic, read from its block's `System.Events`.
///
/// Uses PalletSystem's and PalletTransactionPayment's event types to read the records (both reach this
/// target through PhalaRuntime).
struct ExtrinsicOutcome: Equatable {
    /// `nil` when the call succeeded (`System.ExtrinsicSuccess`), else its error (`System.ExtrinsicFailed`).
    var failure: DispatchError?
    /// The fee paid, tip included (`TransactionPayment.TransactionFeePaid`), if reported.
    var fee: Balance?
    /// The names of the extrinsic's events, in order (e.g. `Balances.Transfer`).
    var events: [String]

    /// Reads the outcome of the extrinsic at `index` from the block's encoded events.
    /// - Parameters:
    ///   - encodedEvents: the block's `System.Events` value.
    ///   - index: the extrinsic's position in the block.
    /// - Throws: `CommandError` when the events cannot be decoded or say nothing about the extrinsic.
    init(encodedEvents: [UInt8], index: UInt32) throws {
        let records: [EventRecord<RuntimeEvent>]
        do { records = try [EventRecord<RuntimeEvent>](scaleDecoding: encodedEvents) } catch {
            throw CommandError(
                "the block's events do not decode as this runtime's events (\(error)); is the node a different chain?"
            )
        }
        var outcome: Bool?
        events = []
        for record in records where record.phase == .applyExtrinsic(index) {
            let encoded = record.event.scaleEncoded()
            events.append(RuntimeNames.event(pallet: encoded[0], variant: encoded[1]))
            switch record.event {
            case .system(.extrinsicSucceeded): outcome = true
            case .system(.extrinsicFailed(let error, _)):
                outcome = false
                failure = error
            case .transactionPayment(.transactionFeePaid(_, let actualFee, _)): fee = actualFee
            default: break
            }
        }
        guard outcome != nil else {
            throw CommandError("the block has no ExtrinsicSuccess or ExtrinsicFailed event for extrinsic \(index)")
        }
    }

    /// The lines printed after inclusion: the result, the fee and the events.
    var report: [String] {
        var lines = [failure.map { "failed: \(RuntimeNames.error($0))" } ?? "success"]
        if let fee { lines.append("fee paid: \(fee)") }
        lines.append("events: " + events.joined(separator: ", "))
        return lines
    }
}
