import PhalaClient
import PhalaCrypto
import PhalaPrimitives
import PhalaRuntime

/// Signs dev-account transfers the way a wallet does, for node tests, through the client SDK's builder.
struct DevSigner {
    let pair: KeyPair
    let genesisHash: H256

    /// A signed, immortal `Balances.transfer_keep_alive` to `dest`, with its length prefix.
    func transfer(to dest: AccountId32, planck: UInt128, nonce: UInt32, tip: UInt128 = 0) throws -> [UInt8] {
        ExtrinsicBuilder(
            genesisHash: genesisHash,
            specVersion: Runtime.version.specVersion,
            transactionVersion: Runtime.version.transactionVersion
        ).signed(
            call: BalancesCall.transferKeepAlive(to: dest, value: Balance(planck: planck)),
            by: pair,
            nonce: nonce,
            tip: Balance(planck: tip)
        )
    }
}
