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
