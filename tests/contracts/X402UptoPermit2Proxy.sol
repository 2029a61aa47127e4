// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// The part of Permit2 the upto proxy calls (tests/contracts/Permit2.sol implements it).
interface IPermit2WitnessTransferForUpto {
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

    function permitWitnessTransferFrom(
        PermitTransferFrom calldata permit,
        SignatureTransferDetails calldata transferDetails,
        address owner,
        bytes32 witness,
        string calldata witnessTypeString,
        bytes calldata signature
    ) external;
}

/// @title X402UptoPermit2Proxy — the x402 `upto` scheme's Permit2 spender.
/// @notice Written for insforge-edge's chain tests; not production code, and not the x402
/// project's contract: its public interface and behaviour only, so that a Permit2 `upto` payment
/// settles on anvil with this runtime code placed at 0x4020A4f3b7b90ccA423B9fabCc0CE57C6C240002
/// (or wherever a chain has it).
///
/// The payer signs a Permit2 PermitWitnessTransferFrom whose spender is this contract, for at
/// most `permit.permitted.amount`, with the witness Witness(address to,address facilitator,
/// uint256 validAfter). Only that facilitator may submit it, and it chooses `amount`, the sum
/// actually charged, which `settle` moves from `owner` to `witness.to`. Checks, in order: no
/// re-entry (ReentrancyGuardReentrantCall()), amount > permitted → AmountExceedsPermitted(),
/// msg.sender ≠ facilitator → UnauthorizedFacilitator(), amount 0 → InvalidAmount() (nothing
/// cannot be settled on chain), owner 0 → InvalidOwner(), recipient 0 → InvalidDestination(),
/// block.timestamp < validAfter → PaymentTooEarly(); then Permit2's own checks, whose reverts
/// come back unchanged. Emits Settled(). There is no `settleWithPermit`.
/// Nothing is set by a constructor, so runtime code placed with anvil_setCode behaves exactly
/// like a deployment.
contract X402UptoPermit2Proxy {
    struct Witness {
        address to;
        address facilitator;
        uint256 validAfter;
    }

    event Settled();

    error AmountExceedsPermitted();
    error UnauthorizedFacilitator();
    error InvalidAmount();
    error InvalidOwner();
    error InvalidDestination();
    error PaymentTooEarly();
    error ReentrancyGuardReentrantCall();

    IPermit2WitnessTransferForUpto public constant PERMIT2 =
        IPermit2WitnessTransferForUpto(0x000000000022D473030F116dDEE9F6B43aC78BA3);
    bytes32 public constant WITNESS_TYPEHASH = keccak256("Witness(address to,address facilitator,uint256 validAfter)");
    string public constant WITNESS_TYPE_STRING =
        "Witness witness)TokenPermissions(address token,uint256 amount)Witness(address to,address facilitator,uint256 validAfter)";

    bool private locked;

    /// selector 0xff11e7b4
    function settle(
        IPermit2WitnessTransferForUpto.PermitTransferFrom calldata permit,
        uint256 amount,
        address owner,
        Witness calldata witness,
        bytes calldata signature
    ) external {
        if (locked) revert ReentrancyGuardReentrantCall();
        locked = true;
        if (amount > permit.permitted.amount) revert AmountExceedsPermitted();
        if (msg.sender != witness.facilitator) revert UnauthorizedFacilitator();
        if (amount == 0) revert InvalidAmount();
        if (owner == address(0)) revert InvalidOwner();
        if (witness.to == address(0)) revert InvalidDestination();
        if (block.timestamp < witness.validAfter) revert PaymentTooEarly();
        PERMIT2.permitWitnessTransferFrom(
            permit,
            IPermit2WitnessTransferForUpto.SignatureTransferDetails(witness.to, amount),
            owner,
            keccak256(abi.encode(WITNESS_TYPEHASH, witness.to, witness.facilitator, witness.validAfter)),
            WITNESS_TYPE_STRING,
            signature
        );
        emit Settled();
        locked = false;
    }
}
