/// Small contracts in WAT that pin single host-function behaviours byte for byte.
enum WatContracts {
    /// An ink! 4-shaped flipper: `new(bool)` stores the flag under the variable key 00000000, `flip`
    /// (633aa551) negates it, any other selector returns `get` as 0x00 ‖ bool.
    static let flipper = """
        (module
          (import "seal0" "seal_return" (func $ret (param i32 i32 i32)))
          (import "seal0" "input" (func $input (param i32 i32)))
          (import "seal1" "get_storage" (func $get (param i32 i32 i32 i32) (result i32)))
          (import "seal2" "set_storage" (func $set (param i32 i32 i32 i32) (result i32)))
          (import "env" "memory" (memory 2 16))
          (func (export "deploy")
            (i32.store (i32.const 16) (i32.const 64))
            (call $input (i32.const 32) (i32.const 16))
            (drop (call $set (i32.const 0) (i32.const 4) (i32.const 36) (i32.const 1)))
            (i32.store16 (i32.const 128) (i32.const 0))
            (call $ret (i32.const 0) (i32.const 128) (i32.const 2)))
          (func (export "call")
            (i32.store (i32.const 16) (i32.const 64))
            (call $input (i32.const 32) (i32.const 16))
            (i32.store (i32.const 20) (i32.const 16))
            (drop (call $get (i32.const 0) (i32.const 4) (i32.const 129) (i32.const 20)))
            (if (i32.eq (i32.load (i32.const 32)) (i32.const 0x51a53a63))
              (then
                (i32.store8 (i32.const 129) (i32.eqz (i32.load8_u (i32.const 129))))
                (drop (call $set (i32.const 0) (i32.const 4) (i32.const 129) (i32.const 1)))
                (i32.store8 (i32.const 128) (i32.const 0))
                (call $ret (i32.const 0) (i32.const 128) (i32.const 1))))
            (i32.store8 (i32.const 128) (i32.const 0))
            (call $ret (i32.const 0) (i32.const 128) (i32.const 2))))
        """
}

extension WatContracts {
    /// Input = callee (32) ‖ call flags (u32 LE) ‖ payload: calls the callee with the payload through
    /// `seal1.call` and returns the return code (u32 LE) ‖ the callee's output.
    static let proxy = """
        (module
          (import "seal0" "seal_return" (func $ret (param i32 i32 i32)))
          (import "seal0" "input" (func $input (param i32 i32)))
          (import "seal1" "call" (func $call (param i32 i32 i64 i32 i32 i32 i32 i32) (result i32)))
          (import "env" "memory" (memory 2 16))
          (func (export "deploy"))
          (func (export "call")
            (local $len i32) (local $code i32)
            (i32.store (i32.const 8) (i32.const 16384))
            (call $input (i32.const 1024) (i32.const 8))
            (local.set $len (i32.load (i32.const 8)))
            (i32.store (i32.const 12) (i32.const 16384))
            (local.set $code (call $call (i32.load (i32.const 1056)) (i32.const 1024) (i64.const 0) (i32.const 512)
              (i32.const 1060) (i32.sub (local.get $len) (i32.const 36)) (i32.const 20000) (i32.const 12)))
            (i32.store (i32.const 19996) (local.get $code))
            (if (i32.and (i32.ne (local.get $code) (i32.const 0)) (i32.ne (local.get $code) (i32.const 2)))
              (then (i32.store (i32.const 12) (i32.const 0))))
            (call $ret (i32.const 0) (i32.const 19996) (i32.add (i32.const 4) (i32.load (i32.const 12))))))
        """

    /// Empty input returns the stored byte; otherwise stores input[0], then reverts for 0xff and
    /// traps for 0xfe.
    static let writer = """
        (module
          (import "seal0" "seal_return" (func $ret (param i32 i32 i32)))
          (import "seal0" "input" (func $input (param i32 i32)))
          (import "seal1" "get_storage" (func $get (param i32 i32 i32 i32) (result i32)))
          (import "seal2" "set_storage" (func $set (param i32 i32 i32 i32) (result i32)))
          (import "env" "memory" (memory 2 16))
          (func (export "deploy"))
          (func (export "call")
            (i32.store (i32.const 8) (i32.const 64))
            (call $input (i32.const 64) (i32.const 8))
            (if (i32.eqz (i32.load (i32.const 8)))
              (then
                (i32.store (i32.const 12) (i32.const 16))
                (if (call $get (i32.const 0) (i32.const 4) (i32.const 200) (i32.const 12))
                  (then (i32.store (i32.const 12) (i32.const 0))))
                (call $ret (i32.const 0) (i32.const 200) (i32.load (i32.const 12)))))
            (drop (call $set (i32.const 0) (i32.const 4) (i32.const 64) (i32.const 1)))
            (if (i32.eq (i32.load8_u (i32.const 64)) (i32.const 0xff))
              (then (call $ret (i32.const 1) (i32.const 64) (i32.const 1))))
            (if (i32.eq (i32.load8_u (i32.const 64)) (i32.const 0xfe)) (then unreachable))))
        """

    /// Input = code hash (32) ‖ salt (1) ‖ constructor input: instantiates through `seal1.instantiate`
    /// and returns the return code (u32 LE) ‖ the address (32, zero if none) ‖ the constructor output.
    static let factory = """
        (module
          (import "seal0" "seal_return" (func $ret (param i32 i32 i32)))
          (import "seal0" "input" (func $input (param i32 i32)))
          (import "seal1" "instantiate" (func $inst (param i32 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
          (import "env" "memory" (memory 2 16))
          (func (export "deploy"))
          (func (export "call")
            (local $len i32) (local $code i32)
            (i32.store (i32.const 8) (i32.const 16384))
            (call $input (i32.const 1024) (i32.const 8))
            (local.set $len (i32.load (i32.const 8)))
            (i32.store (i32.const 12) (i32.const 32))
            (i32.store (i32.const 16) (i32.const 8192))
            (local.set $code (call $inst (i32.const 1024) (i64.const 0) (i32.const 512)
              (i32.const 1057) (i32.sub (local.get $len) (i32.const 33)) (i32.const 20000) (i32.const 12)
              (i32.const 20032) (i32.const 16) (i32.const 1056) (i32.const 1)))
            (i32.store (i32.const 19996) (local.get $code))
            (if (i32.and (i32.ne (local.get $code) (i32.const 0)) (i32.ne (local.get $code) (i32.const 2)))
              (then (i32.store (i32.const 16) (i32.const 0))))
            (call $ret (i32.const 0) (i32.const 19996) (i32.add (i32.const 36) (i32.load (i32.const 16))))))
        """

    /// A contract whose constructor and message are given by `deploy` and `call` bodies, with the
    /// usual imports; for sandbox and failure cases.
    static func module(deploy: String = "", call: String, memory: String = "2 16", extra: String = "") -> String {
        """
        (module
          (import "seal0" "seal_return" (func $ret (param i32 i32 i32)))
          (import "seal0" "debug_message" (func $debug (param i32 i32) (result i32)))
          (import "env" "memory" (memory \(memory)))
          \(extra)
          (func (export "deploy") \(deploy))
          (func (export "call") \(call)))
        """
    }
}
