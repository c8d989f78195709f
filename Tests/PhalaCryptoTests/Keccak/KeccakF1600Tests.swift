@testable import PhalaCrypto
import Testing

@Suite struct KeccakF1600Tests {
    // XKCP tests/TestVectors/KeccakF-1600-IntermediateValues.txt (commit 6ce53d03): the state after
    // one permutation of the all-zero state, and after a second permutation of that output.
    static let afterOnePermutation: [UInt64] = [
        0xF125_8F79_40E1_DDE7, 0x84D5_CCF9_33C0_478A, 0xD598_261E_A65A_A9EE, 0xBD15_4730_6F80_494D,
        0x8B28_4E05_6253_D057, 0xFF97_A42D_7F8E_6FD4, 0x90FE_E5A0_A446_47C4, 0x8C5B_DA0C_D619_2E76,
        0xAD30_A6F7_1B19_059C, 0x3093_5AB7_D08F_FC64, 0xEB5A_A93F_2317_D635, 0xA9A6_E626_0D71_2103,
        0x81A5_7C16_DBCF_555F, 0x43B8_31CD_0347_C826, 0x01F2_2F1A_11A5_569F, 0x05E5_635A_21D9_AE61,
        0x64BE_FEF2_8CC9_70F2, 0x6136_7095_7BC4_6611, 0xB87C_5A55_4FD0_0ECB, 0x8C3E_E88A_1CCF_32C8,
        0x940C_7922_AE3A_2614, 0x1841_F924_A2C5_09E4, 0x16F5_3526_E704_65C2, 0x75F6_44E9_7F30_A13B,
        0xEAF1_FF7B_5CEC_A249,
    ]
    static let afterTwoPermutations: [UInt64] = [
        0x2D5C_954D_F96E_CB3C, 0x6A33_2CD0_7057_B56D, 0x093D_8D12_70D7_6B6C, 0x8A20_D9B2_5569_D094,
        0x4F9C_4F99_E5E7_F156, 0xF957_B9A2_DA65_FB38, 0x8577_3DAE_1275_AF0D, 0xFAF4_F247_C3D8_10F7,
        0x1F1B_9EE6_F79A_8759, 0xE4FE_CC0F_EE98_B425, 0x68CE_61B6_B9CE_68A1, 0xDEEA_66C4_BA8F_974F,
        0x33C4_3D83_6EAF_B1F5, 0xE006_5404_2719_DBD9, 0x7CF8_A9F0_0983_1265, 0xFD54_49A6_BF17_4743,
        0x97DD_AD33_D899_4B40, 0x48EA_D5FC_5D0B_E774, 0xE3B8_C8EE_55B7_B03C, 0x91A0_226E_649E_42E9,
        0x900E_3129_E7BA_DD7B, 0x202A_9EC5_FAA3_CCE8, 0x5B34_0246_4E1C_3DB6, 0x609F_4E62_A44C_1059,
        0x20D0_6CD2_6A8F_BF5C,
    ]

    @Test func permutingTheZeroStateGivesTheKeccakTeamsIntermediateValues() {
        var state = [UInt64](repeating: 0, count: 25)
        KeccakF1600.permute(&state)
        #expect(state == Self.afterOnePermutation)
        KeccakF1600.permute(&state)
        #expect(state == Self.afterTwoPermutations)
    }
}
