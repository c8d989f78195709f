@testable import PhalaCrypto
import PhalaTesting
import Testing

@Suite struct TranscriptTests {
    // merlin's `equivalence_simple` test (src/transcript.rs); the challenge is the one merlin's
    // debug-transcript output prints, as recorded in gtank/merlin merlin_test.go
    // (TestSimpleTranscript) and oasisprotocol/curve25519-voi.
    @Test func simpleProtocolGivesMerlinsChallenge() {
        var transcript = Transcript(label: "test protocol")
        transcript.appendMessage(label: "some label", message: Array("some data".utf8))
        let challenge = transcript.challengeBytes(label: "challenge", count: 32)
        #expect(Hex.string(challenge) == "d5a21972d0d5fe320c0d263fac7fffb8145aa640af6e9bca177c03c7efcf0615")
    }

    // merlin's `equivalence_complex` test: 1 KiB messages that wrap the sponge many times and 32
    // rounds of challenges fed back in; the final challenge from gtank/merlin merlin_test.go
    // (TestComplexTranscript).
    @Test func complexProtocolGivesMerlinsFinalChallenge() {
        var transcript = Transcript(label: "test protocol")
        transcript.appendMessage(label: "step1", message: Array("some data".utf8))
        let data = [UInt8](repeating: 99, count: 1024)
        var challenge: [UInt8] = []
        for _ in 0..<32 {
            challenge = transcript.challengeBytes(label: "challenge", count: 32)
            transcript.appendMessage(label: "bigdata", message: data)
            transcript.appendMessage(label: "challengedata", message: challenge)
        }
        #expect(Hex.string(challenge) == "a8c933f54fae76e3f9bea93648c1308e7dfa2152dd51674ff3ca438351cf003c")
    }

    // merlin's `transcript_rng_is_bound_to_transcript_and_witnesses`, with fixed randomness in
    // place of its seeded ChaCha RNG. The exact witness bytes are pinned through the sr25519
    // signing vector in Sr25519SigningTests.
    @Test func witnessBytesDependOnTranscriptWitnessAndRandomnessOnly() {
        func witness(commitment: String, witness: String, randomness: UInt8) -> [UInt8] {
            var transcript = Transcript(label: "test TranscriptRng collisions")
            transcript.appendMessage(label: "com", message: Array(commitment.utf8))
            return transcript.witnessBytes(
                label: "witness",
                witnesses: [Array(witness.utf8)],
                randomness: [UInt8](repeating: randomness, count: 32),
                count: 64
            )
        }
        let first = witness(commitment: "commitment data 1", witness: "witness data 1", randomness: 0)
        let second = witness(commitment: "commitment data 2", witness: "witness data 1", randomness: 0)
        let third = witness(commitment: "commitment data 2", witness: "witness data 2", randomness: 0)
        let fourth = witness(commitment: "commitment data 2", witness: "witness data 2", randomness: 0)
        let fresh = witness(commitment: "commitment data 2", witness: "witness data 2", randomness: 1)
        #expect(first != second)
        #expect(first != third)
        #expect(second != third)
        #expect(third == fourth)
        #expect(third != fresh)
    }

    @Test func witnessBytesLeaveTheTranscriptUnchanged() {
        var transcript = Transcript(label: "fork")
        transcript.appendMessage(label: "m", message: [1, 2, 3])
        var untouched = transcript
        let randomness = [UInt8](repeating: 0, count: 32)
        _ = transcript.witnessBytes(label: "w", witnesses: [[9]], randomness: randomness, count: 32)
        #expect(transcript.challengeBytes(label: "c", count: 32) == untouched.challengeBytes(label: "c", count: 32))
    }
}
