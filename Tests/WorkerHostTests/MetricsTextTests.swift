import Testing

@testable import WorkerHost

@Suite struct MetricsTextTests {
    @Test func eachMetricHasHelpTypeAndValueLines() {
        var text = MetricsText()
        text.append("phala_worker_finalized_block", .gauge, help: "Newest finalized block.", value: 42)
        text.append("phala_worker_blocks_verified_total", .counter, help: "Headers verified.", value: UInt64(7))
        #expect(
            text.text == """
                # HELP phala_worker_finalized_block Newest finalized block.
                # TYPE phala_worker_finalized_block gauge
                phala_worker_finalized_block 42
                # HELP phala_worker_blocks_verified_total Headers verified.
                # TYPE phala_worker_blocks_verified_total counter
                phala_worker_blocks_verified_total 7

                """
        )
    }

    @Test func thousandthsAreWrittenWithThreeDecimals() {
        #expect(MetricsText.decimal(thousandths: 0) == "0.000")
        #expect(MetricsText.decimal(thousandths: 5) == "0.005")
        #expect(MetricsText.decimal(thousandths: 12_345) == "12.345")
        #expect(MetricsText.decimal(thousandths: 2_000) == "2.000")
    }
}
