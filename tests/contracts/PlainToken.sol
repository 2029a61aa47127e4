// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title PlainToken — an ERC-20 without EIP-3009 or EIP-2612.
/// @notice Written for insforge-edge's chain tests; not production code. It stands in for the
/// tokens x402 can only take through Permit2 (the payer approves Permit2 once, then signs
/// permits): `transfer`, `approve`, `transferFrom`, `allowance`, `balanceOf`, `totalSupply`,
/// `name`, `symbol`, `decimals` (set at construction), Transfer and Approval events, and `mint`
/// by the deployer. An allowance of 2^256-1 is never used up; a smaller one is decreased.
/// Reverts carry reason strings: "ERC20: transfer amount exceeds balance", "ERC20: insufficient
/// allowance", "ERC20: transfer to the zero address", "mint: caller is not the minter".
contract PlainToken {
    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    // Storage slots 0,1 = name, symbol (tests/support/chain.mjs copies slots 0-2 when it places a
    // token at a fixed address; slot 2, totalSupply, is 0 right after construction).
    string public name;
    string public symbol;
    uint256 public totalSupply;
    uint8 public immutable decimals;
    address public immutable minter;

    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    constructor(string memory name_, string memory symbol_, uint8 decimals_) {
        name = name_;
        symbol = symbol_;
        decimals = decimals_;
        minter = msg.sender;
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

    function approve(address spender, uint256 value) external returns (bool) {
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed != type(uint256).max) {
            require(allowed >= value, "ERC20: insufficient allowance");
            allowance[from][msg.sender] = allowed - value;
        }
        _transfer(from, to, value);
        return true;
    }

    function _transfer(address from, address to, uint256 value) private {
        require(to != address(0), "ERC20: transfer to the zero address");
        require(balanceOf[from] >= value, "ERC20: transfer amount exceeds balance");
        unchecked { balanceOf[from] -= value; }
        balanceOf[to] += value;
        emit Transfer(from, to, value);
    }
}
