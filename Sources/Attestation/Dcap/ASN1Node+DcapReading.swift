import SwiftASN1

/// Small bounds-checked readers over parsed DER, shared by the CRL, validity and SGX-extension parsers.
///
/// Each returns nil instead of throwing, so each caller maps a failure to its own typed error.
extension ASN1Node {
    /// The children of a constructed node carrying `identifier`, or nil if the node is primitive or
    /// tagged otherwise.
    func children(ifTagged identifier: ASN1Identifier) -> [ASN1Node]? {
        guard self.identifier == identifier, case .constructed(let nodes) = content else { return nil }
        return Array(nodes)
    }

    /// The content bytes of a primitive node carrying `identifier`, or nil otherwise.
    func primitiveBytes(ifTagged identifier: ASN1Identifier) -> ArraySlice<UInt8>? {
        guard self.identifier == identifier, case .primitive(let bytes) = content else { return nil }
        return bytes
    }

    /// The instant of an X.509 `Time` (UTCTime or GeneralizedTime, RFC 5280 §4.1.2.5) in Unix
    /// seconds, computed with integer calendar arithmetic; nil for another type or a pre-1970 date.
    ///
    /// Fractional seconds of a GeneralizedTime are dropped (DER forbids them in certificates and CRLs).
    var unixSeconds: UInt64? {
        let fields: (year: Int, month: Int, day: Int, hours: Int, minutes: Int, seconds: Int)
        do {
            if identifier == .utcTime {
                let time = try UTCTime(derEncoded: self)
                fields = (time.year, time.month, time.day, time.hours, time.minutes, time.seconds)
            } else if identifier == .generalizedTime {
                let time = try GeneralizedTime(derEncoded: self)
                fields = (time.year, time.month, time.day, time.hours, time.minutes, time.seconds)
            } else {
                return nil
            }
        } catch {
            return nil
        }
        let days = Self.daysSinceEpoch(year: fields.year, month: fields.month, day: fields.day)
        let total = days * 86_400 + fields.hours * 3_600 + fields.minutes * 60 + fields.seconds
        return total >= 0 ? UInt64(total) : nil
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
