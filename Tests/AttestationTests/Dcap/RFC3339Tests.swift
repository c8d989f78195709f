import Testing

@testable import Attestation

/// Expected values from Python's `calendar.timegm(time.strptime(text, "%Y-%m-%dT%H:%M:%SZ"))`.
@Suite struct RFC3339Tests {
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", UInt64(0)),
        ("2025-06-19T10:56:11Z", 1_750_330_571),
        ("2024-02-29T23:59:59Z", 1_709_251_199),
        ("2000-03-01T00:00:00Z", 951_868_800),
        ("2049-12-31T23:59:59Z", 2_524_607_999),
    ])
    func utcTimestampsConvertToUnixSeconds(text: String, seconds: UInt64) {
        #expect(RFC3339.unixSeconds(text) == seconds)
    }

    @Test(arguments: [
        "", "2025-06-19T10:56:11", "2025-06-19 10:56:11Z", "2025-06-19T10:56:11+00:00", "2025-13-01T00:00:00Z",
        "2025-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2025-06-31T00:00:00Z", "2025-06-19T24:00:00Z",
        "2025-06-19T10:60:00Z", "2025-06-19T10:00:60Z", "1969-12-31T23:59:59Z", "2025-0a-19T10:56:11Z",
        "+025-06-19T10:56:11Z", "2025-06-00T10:56:11Z",
    ])
    func malformedOrImpossibleDatesAreRefused(text: String) {
        #expect(RFC3339.unixSeconds(text) == nil)
    }
}
