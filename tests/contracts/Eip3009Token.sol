// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Eip3009Token — a test double for USDC (Circle FiatToken v2.2) and USDG (Paxos).
/// @notice Written for insforge-edge's chain tests; not production code.
/// Only the behaviour that an x402 settler can observe is modelled: the EIP-712 domain, both
/// `transferWithAuthorization` overloads, strict time bounds, low-s signatures, and the one
/// place where the two issuers differ — what happens when a nonce is replayed:
///   CIRCLE: reverts "FiatTokenV2: authorization is used or canceled".
///   PAXOS : emits AuthorizationAlreadyUsed and RETURNS (no transfer, no revert), so a replayed
///           settlement looks successful unless the caller checks for the Transfer log.
/// Revert data also follows the issuer: Circle uses reason strings, Paxos custom errors, so a
/// settler's error decoding is exercised against both shapes.
contract Eip3009Token {
    enum Style { CIRCLE, PAXOS }

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);
    event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce);
    event AuthorizationAlreadyUsed(address indexed authorizer, bytes32 indexed nonce);
    event AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce);

    // Paxos-style errors (Circle-style uses the reason strings below instead).
    error AuthorizationInvalid();
    error AuthorizationExpired();
    error InvalidSignature();
    error InsufficientFunds();
    error NotMinter();

    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 public constant TRANSFER_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );
    bytes32 public constant CANCEL_AUTHORIZATION_TYPEHASH = keccak256("CancelAuthorization(address authorizer,bytes32 nonce)");
    // secp256k1 n/2: signatures with a larger s are malleable twins and are refused (EIP-2).
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    // Storage slots 0,1,2 = name, symbol, version: tests/support/chain.mjs copies them when it
    // places a token at a production address (deployToken({at})). Keep them first.
    string public name;
    string public symbol;
    string public version;
    uint8 public constant decimals = 6;
    uint256 public totalSupply;
    Style public immutable style;
    address public immutable minter;

    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    /// authorizer => nonce => used; the public getter is `authorizationState(address,bytes32)`.
    mapping(address => mapping(bytes32 => bool)) public authorizationState;

    constructor(string memory name_, string memory symbol_, string memory version_, Style style_) {
        name = name_;
        symbol = symbol_;
        version = version_;
        style = style_;
        minter = msg.sender;
    }

    /// Recomputed on every call (as USDC v2.2 does) so it stays right if the chain id changes.
    function DOMAIN_SEPARATOR() public view returns (bytes32) {
        return keccak256(abi.encode(
            DOMAIN_TYPEHASH, keccak256(bytes(name)), keccak256(bytes(version)), block.chainid, address(this)
        ));
    }

    /// EIP-5267: lets wallets/viem discover the domain instead of guessing name/version.
    function eip712Domain() external view returns (
        bytes1 fields, string memory, string memory, uint256, address, bytes32 salt, uint256[] memory extensions
    ) {
        return (hex"0f", name, version, block.chainid, address(this), salt, extensions);
    }

    // ---- ERC-20 -------------------------------------------------------------------------

    function mint(address to, uint256 value) external {
        if (msg.sender != minter) _fail(NotMinter.selector, "mint: caller is not the minter");
        totalSupply += value;
        balanceOf[to] += value;
        emit Transfer(address(0), to, value);
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _transfer(msg.sender, to, value);
        return true;
    }

    function approve(address spender, uint256 value) external returns (bool) {
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        require(allowance[from][msg.sender] >= value, "ERC20: transfer amount exceeds allowance");
        allowance[from][msg.sender] -= value;
        _transfer(from, to, value);
        return true;
    }

    // ---- EIP-3009 -----------------------------------------------------------------------

    /// selector 0xe3ee160e
    function transferWithAuthorization(
        address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce,
        uint8 v, bytes32 r, bytes32 s
    ) external {
        _transferWithAuthorization(from, to, value, validAfter, validBefore, nonce, abi.encodePacked(r, s, v));
    }

    /// selector 0xcf092995 — the overload x402 facilitators use for smart-wallet (EIP-1271) payers.
    function transferWithAuthorization(
        address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce,
        bytes memory signature
    ) external {
        _transferWithAuthorization(from, to, value, validAfter, validBefore, nonce, signature);
    }

    function _transferWithAuthorization(
        address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce,
        bytes memory signature
    ) internal {
        // Strict on both ends: a facilitator that allows `now >= validAfter` will see reverts here.
        if (block.timestamp <= validAfter) _fail(AuthorizationInvalid.selector, "FiatTokenV2: authorization is not yet valid");
        if (block.timestamp >= validBefore) _fail(AuthorizationExpired.selector, "FiatTokenV2: authorization is expired");
        if (authorizationState[from][nonce]) {
            // Paxos checks this BEFORE the signature, so any replayed nonce "succeeds" silently.
            if (style == Style.PAXOS) {
                emit AuthorizationAlreadyUsed(from, nonce);
                return;
            }
            revert("FiatTokenV2: authorization is used or canceled");
        }
        bytes32 digest = keccak256(abi.encodePacked(
            "\x19\x01",
            DOMAIN_SEPARATOR(),
            keccak256(abi.encode(TRANSFER_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce))
        ));
        if (!_validSignature(from, digest, signature)) _fail(InvalidSignature.selector, "FiatTokenV2: invalid signature");

        authorizationState[from][nonce] = true;
        emit AuthorizationUsed(from, nonce);
        _transfer(from, to, value);
    }

    /// EIP-3009 cancelAuthorization: the payer withdraws an authorization nobody used yet. From
    /// then on `authorizationState` is true for it and it can never move money.
    function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) external {
        if (authorizationState[authorizer][nonce]) _fail(AuthorizationInvalid.selector, "FiatTokenV2: authorization is used or canceled");
        bytes32 digest = keccak256(abi.encodePacked(
            "\x19\x01", DOMAIN_SEPARATOR(), keccak256(abi.encode(CANCEL_AUTHORIZATION_TYPEHASH, authorizer, nonce))
        ));
        if (!_validSignature(authorizer, digest, abi.encodePacked(r, s, v))) _fail(InvalidSignature.selector, "FiatTokenV2: invalid signature");
        authorizationState[authorizer][nonce] = true;
        emit AuthorizationCanceled(authorizer, nonce);
    }

    /// EOA: 65-byte r‖s‖v with v ∈ {27,28} and low s. Contract `from`: EIP-1271 isValidSignature.
    function _validSignature(address signer, bytes32 digest, bytes memory sig) internal view returns (bool) {
        if (signer.code.length > 0) {
            (bool ok, bytes memory ret) = signer.staticcall(
                abi.encodeWithSignature("isValidSignature(bytes32,bytes)", digest, sig)
            );
            return ok && ret.length >= 32 && bytes4(abi.decode(ret, (bytes32))) == 0x1626ba7e;
        }
        if (sig.length != 65) return false;
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly {
            r := mload(add(sig, 32))
            s := mload(add(sig, 64))
            v := byte(0, mload(add(sig, 96)))
        }
        if (uint256(s) > HALF_N) _fail(InvalidSignature.selector, "ECRecover: invalid signature 's' value");
        if (v != 27 && v != 28) _fail(InvalidSignature.selector, "ECRecover: invalid signature 'v' value");
        address recovered = ecrecover(digest, v, r, s);
        return recovered != address(0) && recovered == signer;
    }

    function _transfer(address from, address to, uint256 value) internal {
        require(to != address(0), "ERC20: transfer to the zero address");
        if (balanceOf[from] < value) _fail(InsufficientFunds.selector, "ERC20: transfer amount exceeds balance");
        unchecked { balanceOf[from] -= value; }
        balanceOf[to] += value;
        emit Transfer(from, to, value);
    }

    /// Revert the way the modelled issuer does: custom error (Paxos) or reason string (Circle).
    function _fail(bytes4 paxosError, string memory circleReason) internal view {
        if (style == Style.PAXOS) {
            assembly {
                mstore(0, paxosError)
                revert(0, 4)
            }
        }
        revert(circleReason);
    }
}
