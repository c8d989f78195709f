public import PhalaPrimitives

/// Why the light client refused headers, a justification or a storage proof. The client is left
/// exactly as it was; the host should fetch correct data from another node and retry.
public enum VerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An authority set breaks a rule (empty, a key not 32 bytes, weight 0, a key twice, overflow).
    case invalidAuthoritySet(reason: String)
    /// The Aura authority list is empty or holds a key that is not 32 bytes.
    case invalidAuraAuthorities
    /// `syncHeaders` got no headers.
    case emptyBatch
    /// A header's parent hash is not the previous header's hash (or the finalized tip's).
    case wrongParent(number: BlockNumber, expected: H256, got: H256)
    /// A header's number is not one above its parent's.
    case wrongNumber(expected: BlockNumber, got: BlockNumber)
    /// A header lacks a valid Aura seal by `authorities[slot mod n]`, or its slot digest is missing.
    case badSeal(number: BlockNumber)
    /// A header's slot is not above its parent's.
    case slotNotIncreasing(number: BlockNumber, slot: UInt64, previous: UInt64)
    /// A header's digest holds an Aura or GRANDPA consensus log that cannot be decoded.
    case malformedConsensusLog(number: BlockNumber)
    /// A GRANDPA log other than ScheduledChange (forced change, disable, pause, resume): not followed.
    case unsupportedGrandpaLog(number: BlockNumber, index: UInt8)
    /// A ScheduledChange with a delay other than 0; pRuntime follows only immediate changes.
    case unsupportedDelay(number: BlockNumber, delay: UInt32)
    /// A header that changes the authority set is not the last of its batch; end the batch there.
    case authorityChangeNotLast(number: BlockNumber)
    /// The batch came without a justification for its last header.
    case missingJustification
    /// The justification finalizes another block than the batch's last header.
    case justificationTargetMismatch(expected: H256, got: H256)
    /// A precommit was signed for another authority set id than the current one.
    case wrongAuthoritySetID(voter: [UInt8], expected: UInt64, signedFor: UInt64)
    /// A precommit's signature does not verify under its voter's key.
    case badSignature(voter: [UInt8])
    /// A precommit's signer is not in the current authority set.
    case notAVoter(voter: [UInt8])
    /// A voter signed precommits for more than two different blocks.
    case repeatedEquivocation(voter: [UInt8])
    /// A precommit's target does not descend from the justification target through `votes_ancestries`.
    case precommitNotDescendant(voter: [UInt8], target: H256)
    /// The precommits for the target weigh `have`, below the threshold `need`.
    case insufficientWeight(have: UInt64, need: UInt64)
    /// A descendant of the target already has threshold weight: the justification should target it.
    case targetBelowGhost(descendant: H256)
    /// A `votes_ancestries` header is on no precommit's path (or appears twice).
    case unusedAncestry(hash: H256)
    /// Storage was asked for a block that is not among the last verified batch.
    case unknownBlock(hash: H256)
    /// The proof shows another value for `key` than the claimed change.
    case storageProofMismatch(key: [UInt8])
    /// The storage proof is incomplete, padded or malformed; `reason` says how.
    case invalidStorageProof(reason: String)

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .invalidAuthoritySet(let reason): "invalid GRANDPA authority set: \(reason)"
        case .invalidAuraAuthorities: "the Aura authority list must be non-empty 32-byte sr25519 keys"
        case .emptyBatch: "no headers to sync; send at least one header with its justification"
        case .wrongParent(let number, let expected, let got):
            "header #\(number) has parent \(got), expected \(expected); send headers contiguous from the finalized tip"
        case .wrongNumber(let expected, let got): "header number \(got) where \(expected) was expected"
        case .badSeal(let number): "header #\(number) has no valid Aura seal by its slot's author"
        case .slotNotIncreasing(let number, let slot, let previous):
            "header #\(number) is in slot \(slot), not after its parent's slot \(previous)"
        case .malformedConsensusLog(let number): "header #\(number) carries a consensus log that does not decode"
        case .unsupportedGrandpaLog(let number, let index):
            "header #\(number) carries GRANDPA log \(index); only ScheduledChange (1) is followed"
        case .unsupportedDelay(let number, let delay):
            "header #\(number) schedules an authority change with delay \(delay); only delay 0 is supported"
        case .authorityChangeNotLast(let number):
            "header #\(number) changes the authority set; end the batch at it with its own justification"
        case .missingJustification: "the batch's last header needs a GRANDPA justification"
        case .justificationTargetMismatch(let expected, let got):
            "the justification finalizes \(got), not the batch's last header \(expected)"
        case .wrongAuthoritySetID(let voter, let expected, let signedFor):
            "voter \(Hex.encode(voter)) signed for authority set \(signedFor); the current set is \(expected)"
        case .badSignature(let voter): "the precommit signature of voter \(Hex.encode(voter)) does not verify"
        case .notAVoter(let voter): "\(Hex.encode(voter)) is not a voter of the current authority set"
        case .repeatedEquivocation(let voter): "voter \(Hex.encode(voter)) precommitted to more than two blocks"
        case .precommitNotDescendant(let voter, let target):
            "voter \(Hex.encode(voter)) precommitted to \(target), which does not descend from the target via the ancestry"
        case .insufficientWeight(let have, let need): "the precommits weigh \(have); finality needs \(need)"
        case .targetBelowGhost(let descendant):
            "descendant \(descendant) already has threshold weight; the justification must target it"
        case .unusedAncestry(let hash): "ancestry header \(hash) is on no precommit's path or appears twice"
        case .unknownBlock(let hash): "block \(hash) is not in the last verified batch; sync its headers first"
        case .storageProofMismatch(let key): "the proof disagrees with the claimed change of key \(Hex.encode(key))"
        case .invalidStorageProof(let reason): "invalid storage proof: \(reason)"
        }
    }
}
