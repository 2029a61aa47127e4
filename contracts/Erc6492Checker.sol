// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

// Erc6492Checker: one signature check, run "deployless" (it is never deployed).
//
// HOW TO CALL IT
//   eth_call with NO `to` and
//     data = creation bytecode ‖ abi.encode(address signer, bytes32 hash, bytes signature)
//   The creation bytecode ships as src/x402/evm/erc6492_checker.hex (one line of lowercase hex,
//   no 0x). The node runs the constructor as if it deployed a contract; the constructor ends with
//   an assembly `return` of one word, which is what eth_call answers. Nothing is persisted: no
//   storage is written and an eth_call changes no state.
//
// WHAT IT RETURNS
//   Exactly 32 bytes: 1 if `signature` is valid for `signer` over `hash`, else 0. `hash` is used
//   as given (pass the EIP-191 personal_sign digest or the EIP-712 digest). Any other outcome of
//   the eth_call (an error, out of gas, a result that is not one word 0 or 1) means "not shown
//   valid". A malformed `signature` is never a revert, it is 0; only a malformed outer abi.encode
//   (a bug of the caller) reverts, because Solidity decodes the constructor arguments.
//
// WHAT "VALID" MEANS, step by step
//   1. ERC-6492. If `signature` is at least 32 bytes long and its last 32 bytes are the magic
//      0x6492…6492, the bytes before them must be abi.encode(address factory, bytes
//      factoryCalldata, bytes innerSignature), else 0 (an address word with bits above 160 set,
//      an offset or a length that points outside those bytes). If `signer` has no code, `factory`
//      is called with `factoryCalldata` (normally it deploys the wallet at `signer`); its failure
//      is not fatal, and whatever it deploys exists only inside this eth_call. From then on the
//      signature is `innerSignature`.
//   2. `signer` has code: EIP-1271. staticcall signer.isValidSignature(hash, signature); valid
//      iff it succeeds and returns at least 32 bytes whose first word is exactly 0x1626ba7e
//      followed by 28 zero bytes (an ABI-encoded bytes4). A revert, a shorter return or any
//      other value is 0.
//   3. `signer` has no code: ECDSA. Valid iff the signature is 65 bytes r‖s‖v with v 27 or 28,
//      s ≤ n/2 (EIP-2, no malleable twin) and ecrecover(hash, v, r, s) == signer (never the zero
//      address). So a wrapped signature whose factory did not put code at `signer` is checked
//      as an ECDSA signature by `signer` itself.
//   Not done, on purpose: ERC-6492's "prepare" retry (calling the factory for a signer that
//   already has code after its isValidSignature failed), and nested wrappers. A signer with any
//   code, an EIP-7702 delegation included, is asked with EIP-1271 only.
//
// GAS: the calls out forward all gas but 1/64 and copy at most one word of return data, so a
//   factory or wallet cannot make the checker pay for a huge return. Give the eth_call ample gas
//   (the node's default is): a factory call that runs out of gas is a failed deployment, so a
//   starved call can answer 0 for a valid counterfactual signature instead of failing.
contract Erc6492Checker {
    bytes32 private constant ERC6492_MAGIC = 0x6492649264926492649264926492649264926492649264926492649264926492;
    // bytes4(keccak256("isValidSignature(bytes32,bytes)")), as the left-aligned word it is returned in.
    bytes32 private constant ERC1271_VALID = 0x1626ba7e00000000000000000000000000000000000000000000000000000000;
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    constructor(address signer, bytes32 hash, bytes memory signature) {
        bool valid = _isValid(signer, hash, signature);
        assembly ("memory-safe") {
            mstore(0, valid)
            return(0, 32)
        }
    }

    function _isValid(address signer, bytes32 hash, bytes memory signature) private returns (bool) {
        if (_endsWithMagic(signature)) {
            (bool decoded, address factory, bytes memory factoryCalldata, bytes memory inner) = _unwrap(signature);
            if (!decoded) return false;
            if (signer.code.length == 0) {
                // The result is ignored on purpose: a failed deployment leaves `signer` without
                // code, and step 3 then judges the inner signature as an EOA's.
                assembly ("memory-safe") {
                    pop(call(gas(), factory, 0, add(factoryCalldata, 0x20), mload(factoryCalldata), 0, 0))
                }
            }
            signature = inner;
        }
        if (signer.code.length > 0) return _erc1271(signer, hash, signature);
        return _ecdsa(signer, hash, signature);
    }

    function _endsWithMagic(bytes memory signature) private pure returns (bool) {
        uint256 length = signature.length;
        if (length < 32) return false;
        bytes32 last;
        // The last word of the data: it starts at signature + 32 + (length - 32).
        assembly ("memory-safe") { last := mload(add(signature, length)) }
        return last == ERC6492_MAGIC;
    }

    /// Decodes abi.encode(address, bytes, bytes) from `wrapped` minus its last 32 bytes, with every
    /// offset and length checked against those bytes. The two `bytes` returned are not copies:
    /// they point into `wrapped` (an ABI-encoded `bytes` is a length word followed by its data,
    /// which is exactly Solidity's layout of `bytes memory`). Nothing writes to them.
    function _unwrap(bytes memory wrapped)
        private
        pure
        returns (bool ok, address factory, bytes memory factoryCalldata, bytes memory inner)
    {
        uint256 size = wrapped.length - 32; // the caller checked length >= 32
        if (size < 96) return (false, factory, factoryCalldata, inner); // three head words
        uint256 factoryWord;
        uint256 offsetCalldata;
        uint256 offsetInner;
        assembly ("memory-safe") {
            factoryWord := mload(add(wrapped, 0x20))
            offsetCalldata := mload(add(wrapped, 0x40))
            offsetInner := mload(add(wrapped, 0x60))
        }
        if (factoryWord >> 160 != 0) return (false, factory, factoryCalldata, inner);
        factory = address(uint160(factoryWord));
        bool okCalldata;
        bool okInner;
        (okCalldata, factoryCalldata) = _bytesAt(wrapped, size, offsetCalldata);
        (okInner, inner) = _bytesAt(wrapped, size, offsetInner);
        ok = okCalldata && okInner;
    }

    /// The `bytes` whose length word is at `offset` in the first `size` (≥ 96) data bytes of
    /// `wrapped`, if that word and the data it announces lie within them. No arithmetic here can
    /// overflow: `size - 32` and `size - 32 - offset` are only computed when they are ≥ 0, and
    /// `offset` and `length` (any 256-bit value) are only ever compared, never added.
    function _bytesAt(bytes memory wrapped, uint256 size, uint256 offset)
        private
        pure
        returns (bool ok, bytes memory value)
    {
        if (offset > size - 32) return (false, value);
        uint256 length;
        assembly ("memory-safe") { length := mload(add(add(wrapped, 0x20), offset)) }
        if (length > size - 32 - offset) return (false, value);
        assembly ("memory-safe") { value := add(add(wrapped, 0x20), offset) }
        ok = true;
    }

    function _erc1271(address signer, bytes32 hash, bytes memory signature) private view returns (bool) {
        bytes memory callData = abi.encodeWithSelector(bytes4(ERC1271_VALID), hash, signature);
        bool success;
        bytes32 answer;
        assembly ("memory-safe") {
            // Output goes to scratch space 0..31; returndatasize tells whether a full word came back.
            success := staticcall(gas(), signer, add(callData, 0x20), mload(callData), 0, 0x20)
            success := and(success, iszero(lt(returndatasize(), 0x20)))
            answer := mload(0)
        }
        return success && answer == ERC1271_VALID;
    }

    function _ecdsa(address signer, bytes32 hash, bytes memory signature) private pure returns (bool) {
        if (signature.length != 65) return false;
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(signature, 0x20))
            s := mload(add(signature, 0x40))
            v := byte(0, mload(add(signature, 0x60)))
        }
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) return false;
        address recovered = ecrecover(hash, v, r, s);
        return recovered != address(0) && recovered == signer;
    }
}
