// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Eip3009TokenVrsOnly — an EIP-3009 token that knows only transferWithAuthorization(…, v, r, s).
/// @notice Written for insforge-edge's chain tests; not production code. It models the tokens
/// that predate smart-wallet support (FiatToken before v2.2 is one): `transferWithAuthorization`
/// exists only as the (v, r, s) overload 0xe3ee160e and the signer is always recovered with
/// ecrecover, never asked with EIP-1271. So a contract wallet cannot pay with an authorization:
///   - a call to the `bytes signature` overload 0xcf092995 reverts (no such function, no fallback);
///   - a (v, r, s) authorization from a contract wallet reverts "invalid signature", since the
///     owner's key recovers the owner, not the wallet.
/// Same EIP-712 domain, strict time bounds, low-s rule and Circle-style reason strings as
/// Eip3009Token's circle style.
contract Eip3009TokenVrsOnly {
    event Transfer(address indexed from, address indexed to, uint256 value);
    event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce);

    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 public constant TRANSFER_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );
    // secp256k1 n/2: a larger s is the malleable twin of a valid signature (EIP-2).
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    // Storage slots 0,1,2 = name, symbol, version, as in Eip3009Token: tests/support/chain.mjs
    // copies them when it places a token at a fixed address. Keep them first.
    string public name;
    string public symbol;
    string public version;
    uint8 public constant decimals = 6;
    uint256 public totalSupply;
    address public immutable minter;

    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(bytes32 => bool)) public authorizationState;

    constructor(string memory name_, string memory symbol_, string memory version_) {
        name = name_;
        symbol = symbol_;
        version = version_;
        minter = msg.sender;
    }

    function DOMAIN_SEPARATOR() public view returns (bytes32) {
        return keccak256(abi.encode(
            DOMAIN_TYPEHASH, keccak256(bytes(name)), keccak256(bytes(version)), block.chainid, address(this)
        ));
    }

    /// EIP-5267.
    function eip712Domain() external view returns (
        bytes1 fields, string memory, string memory, uint256, address, bytes32 salt, uint256[] memory extensions
    ) {
        return (hex"0f", name, version, block.chainid, address(this), salt, extensions);
    }

    function mint(address to, uint256 value) external {
        require(msg.sender == minter, "mint: caller is not the minter");
        totalSupply += value;
        balanceOf[to] += value;
        emit Transfer(address(0), to, value);
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _transfer(msg.sender, to, value);
        return true;
    }

    /// selector 0xe3ee160e, the only overload.
    function transferWithAuthorization(
        address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce,
        uint8 v, bytes32 r, bytes32 s
    ) external {
        require(block.timestamp > validAfter, "FiatTokenV2: authorization is not yet valid");
        require(block.timestamp < validBefore, "FiatTokenV2: authorization is expired");
        require(!authorizationState[from][nonce], "FiatTokenV2: authorization is used or canceled");
        bytes32 digest = keccak256(abi.encodePacked(
            "\x19\x01",
            DOMAIN_SEPARATOR(),
            keccak256(abi.encode(TRANSFER_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce))
        ));
        require(uint256(s) <= HALF_N, "ECRecover: invalid signature 's' value");
        require(v == 27 || v == 28, "ECRecover: invalid signature 'v' value");
        address recovered = ecrecover(digest, v, r, s);
        require(recovered != address(0) && recovered == from, "FiatTokenV2: invalid signature");

        authorizationState[from][nonce] = true;
        emit AuthorizationUsed(from, nonce);
        _transfer(from, to, value);
    }

    function _transfer(address from, address to, uint256 value) internal {
        require(to != address(0), "ERC20: transfer to the zero address");
        require(balanceOf[from] >= value, "ERC20: transfer amount exceeds balance");
        unchecked { balanceOf[from] -= value; }
        balanceOf[to] += value;
        emit Transfer(from, to, value);
    }
}
