import JSONRPC
import PalletComputation
import PhalaPrimitives
import Tokenomics

/// What `phala worker status` shows: a worker's registration, its computing session on chain, its
/// pool, and (with `--api`) the enclave's own view from `GET /info`.
struct WorkerStatusReport {
    /// The worker's public key.
    var worker: FixedBytes<32>
    /// Whether the chain registered it.
    var registered: Bool
    /// Its operator account, if registered with one.
    var operatorAccount: AccountId32?
    /// Its initial performance score, once benchmarked.
    var initialScore: UInt32?
    /// The session account it is bound to.
    var session: AccountId32?
    /// The session's computing record.
    var sessionInfo: SessionInfo?
    /// The session's stake.
    var stake: Balance?
    /// The stake pool it was added to.
    var pid: UInt64?
    /// The `computing` member of the worker API's `/info`, when `--api` was given.
    var enclave: JSONValue?

    /// The report as aligned lines.
    var text: String {
        var lines = ["worker          \(worker)", "registered      \(registered ? "yes" : "no")"]
        if let operatorAccount { lines.append("operator        \(operatorAccount.ss58)") }
        lines.append("initial score   \(initialScore.map(String.init) ?? "none")")
        lines.append("pool            \(pid.map(String.init) ?? "none")")
        lines.append("session         \(session?.ss58 ?? "none")")
        if let info = sessionInfo {
            lines.append("state           \(info.state.name)")
            lines.append("V               \(U64F64(bits: info.v)) (Ve \(U64F64(bits: info.ve)))")
            lines.append("P               instant \(info.benchmark.pInstant), init \(info.benchmark.pInit)")
            lines.append("last challenge  \(info.benchmark.challengeTimeLast) s")
            lines.append("total reward    \(Balance(planck: info.totalReward))")
        }
        if let stake { lines.append("stake           \(stake)") }
        if let enclave { lines.append("enclave         \(enclave)") }
        return lines.joined(separator: "\n")
    }

    /// The report as one JSON object: V and Ve as decimal strings, amounts as planck strings.
    var json: JSONValue {
        let session: JSONValue =
            sessionInfo.map { info in
                [
                    "state": .string(info.state.name),
                    "v": .string(U64F64(bits: info.v).description),
                    "ve": .string(U64F64(bits: info.ve).description),
                    "pInit": .unsignedInteger(UInt64(info.benchmark.pInit)),
                    "pInstant": .unsignedInteger(UInt64(info.benchmark.pInstant)),
                    "iterations": .unsignedInteger(info.benchmark.iterations),
                    "challengeTimeLast": .unsignedInteger(info.benchmark.challengeTimeLast),
                    "coolDownStart": .unsignedInteger(info.coolDownStart),
                    "totalReward": .string(String(info.totalReward)),
                ]
            } ?? .null
        return [
            "worker": .string(worker.description),
            "registered": .bool(registered),
            "operator": operatorAccount.map { .string($0.ss58) } ?? .null,
            "initialScore": initialScore.map { .unsignedInteger(UInt64($0)) } ?? .null,
            "pid": pid.map { .unsignedInteger($0) } ?? .null,
            "session": self.session.map { .string($0.ss58) } ?? .null,
            "sessionInfo": session,
            "stake": stake.map(PoolReport.planck) ?? .null,
            "enclave": enclave ?? .null,
        ]
    }
}
