// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Permit2 — the signature-transfer half of Permit2, as the x402 proxies use it.
/// @notice Written for insforge-edge's chain tests; not production code, and not Uniswap's
/// contract: only the public behaviour an x402 settler relies on, so that the proxies can move
/// tokens on anvil with this runtime code placed at Permit2's usual address
/// 0x000000000022D473030F116dDEE9F6B43aC78BA3.
///
/// What it has: `permitWitnessTransferFrom` (one token, one recipient, a witness), the unordered
/// nonce bitmap (`nonceBitmap`, `invalidateUnorderedNonces`) and `DOMAIN_SEPARATOR`.
/// What it has not: the allowance-based transfers, batch transfers, `permitTransferFrom` without
/// a witness, and the lockdown functions.
///
/// `permitWitnessTransferFrom` checks, in this order:
///   1. block.timestamp > deadline           → SignatureExpired(deadline) (deadline itself is fine)
///   2. requestedAmount > permitted.amount   → InvalidAmount(permitted.amount)
///   3. the owner's nonce bit already set    → InvalidNonce(), else the bit is set
///   4. the signature over the EIP-712 digest, spender = msg.sender:
///        owner without code: 65-byte r‖s‖v or 64-byte r‖vs (EIP-2098), any other length
///        → InvalidSignatureLength(); ecrecover gives 0 → InvalidSignature(); another address
///        → InvalidSigner(). s is not range-checked (ecrecover accepts either half).
///        owner with code: isValidSignature(digest, signature) must succeed and return
///        0x1626ba7e, else InvalidContractSignature().
///   5. token.transferFrom(owner, to, requestedAmount): the call must succeed and return
///      nothing or true, else revert "TRANSFER_FROM_FAILED". A token address without code
///      therefore "succeeds" without moving anything: callers must know their token.
contract Permit2 {
    struct TokenPermissions {
        address token;
        uint256 amount;
    }

    struct PermitTransferFrom {
        TokenPermissions permitted;
        uint256 nonce;
        uint256 deadline;
    }

    struct SignatureTransferDetails {
        address to;
        uint256 requestedAmount;
    }

    event UnorderedNonceInvalidation(address indexed owner, uint256 word, uint256 mask);

    error SignatureExpired(uint256 signatureDeadline);
    error InvalidAmount(uint256 maxAmount);
    error InvalidNonce();
    error InvalidSignatureLength();
    error InvalidSignature();
    error InvalidSigner();
    error InvalidContractSignature();

    // The domain has no version field.
    bytes32 private constant DOMAIN_TYPEHASH = keccak256("EIP712Domain(string name,uint256 chainId,address verifyingContract)");
    bytes32 private constant NAME_HASH = keccak256("Permit2");
    bytes32 private constant TOKEN_PERMISSIONS_TYPEHASH = keccak256("TokenPermissions(address token,uint256 amount)");
    // The caller completes the primary type with its witness field and the referenced types.
    bytes private constant WITNESS_TYPE_PREFIX =
        "PermitWitnessTransferFrom(TokenPermissions permitted,address spender,uint256 nonce,uint256 deadline,";
    bytes4 private constant ERC1271_MAGIC = 0x1626ba7e;

    /// owner => word position (nonce >> 8) => 256 nonce bits (bit nonce & 0xff).
    mapping(address => mapping(uint256 => uint256)) public nonceBitmap;

    /// Recomputed on every call, so runtime code placed at any address on any chain is right.
    function DOMAIN_SEPARATOR() public view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, block.chainid, address(this)));
    }

    /// selector 0x137c29fe
    function permitWitnessTransferFrom(
        PermitTransferFrom calldata permit,
        SignatureTransferDetails calldata transferDetails,
        address owner,
        bytes32 witness,
        string calldata witnessTypeString,
        bytes calldata signature
    ) external {
        if (block.timestamp > permit.deadline) revert SignatureExpired(permit.deadline);
        if (transferDetails.requestedAmount > permit.permitted.amount) revert InvalidAmount(permit.permitted.amount);
        _consumeNonce(owner, permit.nonce);

        bytes32 structHash = keccak256(abi.encode(
            keccak256(abi.encodePacked(WITNESS_TYPE_PREFIX, witnessTypeString)),
            keccak256(abi.encode(TOKEN_PERMISSIONS_TYPEHASH, permit.permitted.token, permit.permitted.amount)),
            msg.sender,
            permit.nonce,
            permit.deadline,
            witness
        ));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", DOMAIN_SEPARATOR(), structHash));
        _checkSignature(owner, digest, signature);

        _transferFrom(permit.permitted.token, owner, transferDetails.to, transferDetails.requestedAmount);
    }

    /// Sets the `mask` bits of the caller's nonce word `wordPos`: those nonces can no longer be used.
    function invalidateUnorderedNonces(uint256 wordPos, uint256 mask) external {
        nonceBitmap[msg.sender][wordPos] |= mask;
        emit UnorderedNonceInvalidation(msg.sender, wordPos, mask);
    }

    function _consumeNonce(address owner, uint256 nonce) private {
        uint256 bit = uint256(1) << (nonce & 0xff);
        uint256 word = nonceBitmap[owner][nonce >> 8];
        if (word & bit != 0) revert InvalidNonce();
        nonceBitmap[owner][nonce >> 8] = word | bit;
    }

    function _checkSignature(address owner, bytes32 digest, bytes calldata signature) private view {
        if (owner.code.length > 0) {
            (bool ok, bytes memory ret) = owner.staticcall(
                abi.encodeWithSelector(ERC1271_MAGIC, digest, signature) // the magic is isValidSignature's selector
            );
            if (!ok || ret.length < 32 || bytes4(abi.decode(ret, (bytes32))) != ERC1271_MAGIC) revert InvalidContractSignature();
            return;
        }
        bytes32 r;
        bytes32 s;
        uint8 v;
        if (signature.length == 65) {
            r = bytes32(signature[0:32]);
            s = bytes32(signature[32:64]);
            v = uint8(signature[64]);
        } else if (signature.length == 64) {
            // EIP-2098: the top bit of the second word is y parity, the rest is s.
            r = bytes32(signature[0:32]);
            bytes32 vs = bytes32(signature[32:64]);
            s = vs & bytes32(uint256(type(int256).max));
            v = uint8(uint256(vs) >> 255) + 27;
        } else {
            revert InvalidSignatureLength();
        }
        address signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert InvalidSignature();
        if (signer != owner) revert InvalidSigner();
    }

    function _transferFrom(address token, address from, address to, uint256 amount) private {
        (bool ok, bytes memory ret) = token.call(abi.encodeWithSelector(0x23b872dd, from, to, amount)); // transferFrom(address,address,uint256)
        require(ok && (ret.length == 0 || (ret.length >= 32 && abi.decode(ret, (uint256)) == 1)), "TRANSFER_FROM_FAILED");
    }
}
