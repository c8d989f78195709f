import PhalaPrimitives
import SCALE

/// The authority changes a header announces in its consensus digest items (consensus.md §1.7, §2.7).
struct ConsensusLogs {
    /// GRANDPA's `ScheduledChange` (FRNK log 1) with delay 0: the voters from the next block on.
    var grandpaVoters: [AuthoritySet.Voter]?
    /// Aura's `AuthoritiesChange` (aura log 1): the authorities from the next block on.
    var auraAuthorities: [[UInt8]]?

    /// Reads the FRNK and aura consensus items of `header`; the earliest change of each kind counts.
    /// - Parameter header: a header whose seal has been checked.
    /// - Throws: `VerificationError.malformedConsensusLog`, `.unsupportedGrandpaLog` for forced changes,
    ///   disables, pauses and resumes, `.unsupportedDelay` for a delay other than 0.
    init(of header: Header) throws(VerificationError) {
        for item in header.digest {
            guard case .consensus(let engine, let data) = item else { continue }
            if engine == DigestItem.grandpaEngine, grandpaVoters == nil {
                grandpaVoters = try Self.scheduledChange(data, number: header.number)
            } else if engine == DigestItem.auraEngine, auraAuthorities == nil {
                auraAuthorities = try Self.auraChange(data, number: header.number)
            }
        }
    }

    /// Decodes `01 ‖ Vec<(key[32], weight u64)> ‖ delay u32`.
    private static func scheduledChange(_ data: [UInt8], number: BlockNumber) throws(VerificationError) -> [AuthoritySet
        .Voter]
    {
        var decoder = ScaleDecoder(data)
        do {
            let index = try decoder.readByte()
            guard index == 1 else { throw VerificationError.unsupportedGrandpaLog(number: number, index: index) }
            let voters = try AuthoritySet.decodeVoters(from: &decoder)
            let delay: UInt32 = try decoder.decode()
            try decoder.finish()
            guard delay == 0 else { throw VerificationError.unsupportedDelay(number: number, delay: delay) }
            return voters
        } catch let error as VerificationError {
            throw error
        } catch {
            throw .malformedConsensusLog(number: number)
        }
    }

    /// Decodes Aura's `01 ‖ Vec<key[32]>`; `OnDisabled` (2) changes no list and yields `nil`.
    private static func auraChange(_ data: [UInt8], number: BlockNumber) throws(VerificationError) -> [[UInt8]]? {
        var decoder = ScaleDecoder(data)
        do throws(ScaleDecodingError) {
            switch try decoder.readByte() {
            case 1:
                let count = try decoder.decodeCompactLength()
                var keys: [[UInt8]] = []
                for _ in 0..<count { keys.append(try decoder.readBytes(32)) }
                try decoder.finish()
                guard !keys.isEmpty else { throw decoder.error(.invalidValue(reason: "empty authority list")) }
                return keys
            case 2: return nil
            default: throw decoder.error(.invalidValue(reason: "unknown Aura log"))
            }
        } catch {
            throw .malformedConsensusLog(number: number)
        }
    }
}
