// Placeholder until this test target gains its first suite.
