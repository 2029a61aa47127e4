// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title SmartWallet — a minimal EIP-1271 contract wallet owned by one EOA.
/// @notice Written for insforge-edge's chain tests; not production code. It stands in for the
/// smart accounts (EIP-1271 wallets) that sign in with Ethereum and pay with x402: the owner, set
/// once in the constructor, signs; the wallet answers `isValidSignature`. Deployed with CREATE2 by
/// SmartWalletFactory, so its address is known before it exists (ERC-6492 signatures).
///
/// `isValidSignature(hash, signature)` returns 0x1626ba7e iff `signature` is a 65-byte r‖s‖v
/// ECDSA signature (v 27 or 28, low s as in EIP-2) by the owner over `hash` exactly as given: the
/// wallet does not hash again, callers pass the EIP-191 or EIP-712 digest. Anything else returns
/// 0xffffffff; it never reverts.
contract SmartWallet {
    /// bytes4(keccak256("isValidSignature(bytes32,bytes)")), the EIP-1271 "valid" answer.
    bytes4 private constant VALID = 0x1626ba7e;
    bytes4 private constant INVALID = 0xffffffff;
    // secp256k1 n/2: a larger s is the malleable twin of a valid signature (EIP-2).
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    address public immutable owner;

    constructor(address owner_) {
        require(owner_ != address(0), "SmartWallet: owner is the zero address");
        owner = owner_;
    }

    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        if (signature.length != 65) return INVALID;
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) return INVALID;
        address recovered = ecrecover(hash, v, r, s);
        return recovered != address(0) && recovered == owner ? VALID : INVALID;
    }
}
