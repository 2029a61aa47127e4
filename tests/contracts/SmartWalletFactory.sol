// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {SmartWallet} from "./SmartWallet.sol";

/// @title SmartWalletFactory — deploys SmartWallet with CREATE2.
/// @notice Written for insforge-edge's chain tests; not production code. A wallet's address
/// depends only on this factory, the owner and the salt, so it can be computed (`getAddress`) and
/// signed for before the wallet exists: an ERC-6492 signature names this factory and the
/// `createAccount(owner, salt)` calldata that deploys it.
contract SmartWalletFactory {
    event AccountCreated(address indexed account, address indexed owner, uint256 salt);

    /// Deploys the wallet of (owner, salt), or returns it unchanged when it already exists.
    /// Reverts for the zero owner (SmartWallet's constructor refuses it).
    function createAccount(address owner, uint256 salt) external returns (address account) {
        account = getAddress(owner, salt);
        if (account.code.length > 0) return account;
        address created = address(new SmartWallet{salt: bytes32(salt)}(owner));
        require(created == account, "SmartWalletFactory: unexpected address");
        emit AccountCreated(account, owner, salt);
    }

    /// The CREATE2 address: keccak256(0xff ‖ this ‖ salt ‖ keccak256(initcode))[12:], where the
    /// initcode is SmartWallet's creation code followed by abi.encode(owner).
    function getAddress(address owner, uint256 salt) public view returns (address) {
        bytes32 initCodeHash = keccak256(abi.encodePacked(type(SmartWallet).creationCode, abi.encode(owner)));
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(this), bytes32(salt), initCodeHash)))));
    }
}
