import PhalaPrimitives
import Tokenomics

/// Settlement entries for reward tests.
enum SettleInfoFixture {
    /// A settlement paying `pha` whole PHA (U64F64 bits `pha << 64`) to `worker`.
    static func payout(worker: FixedBytes<32>, pha: UInt128) -> SettleInfo {
        SettleInfo(pubkey: worker, v: 1 << 64, payout: pha << 64, treasury: 0)
    }
}
