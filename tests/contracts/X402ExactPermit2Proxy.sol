// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// The part of Permit2 the exact proxy calls (tests/contracts/Permit2.sol implements it).
interface IPermit2WitnessTransferForExact {
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

/// @title X402ExactPermit2Proxy — the x402 `exact` scheme's Permit2 spender.
/// @notice Written for insforge-edge's chain tests; not production code, and not the x402
/// project's contract: its public interface and behaviour only, so that a Permit2 `exact`
/// payment settles on anvil with this runtime code placed at 0x402085c248EeA27D92E8b30b2C58ed07f9E20001.
///
/// The payer signs a Permit2 PermitWitnessTransferFrom whose spender is this contract and whose
/// witness is Witness(address to,uint256 validAfter). Anyone may submit it: `settle` moves exactly
/// `permit.permitted.amount` of `permit.permitted.token` from `owner` to `witness.to`, so the
/// submitter can change neither the amount nor the recipient. Checks, in order: no re-entry
/// (ReentrancyGuardReentrantCall()), amount 0 → InvalidAmount(), owner 0 → InvalidOwner(),
/// recipient 0 → InvalidDestination(), block.timestamp < validAfter → PaymentTooEarly(); then
/// Permit2's own checks, whose reverts come back unchanged. Emits Settled().
/// There is no `settleWithPermit` (EIP-2612 approval in the same transaction).
/// Nothing is set by a constructor (PERMIT2 is a constant, the lock starts at false), so runtime
/// code placed with anvil_setCode behaves exactly like a deployment.
contract X402ExactPermit2Proxy {
    struct Witness {
        address to;
        uint256 validAfter;
    }

    event Settled();

    error InvalidAmount();
    error InvalidOwner();
    error InvalidDestination();
    error PaymentTooEarly();
    error ReentrancyGuardReentrantCall();

    IPermit2WitnessTransferForExact public constant PERMIT2 =
        IPermit2WitnessTransferForExact(0x000000000022D473030F116dDEE9F6B43aC78BA3);
    bytes32 public constant WITNESS_TYPEHASH = keccak256("Witness(address to,uint256 validAfter)");
    string public constant WITNESS_TYPE_STRING =
        "Witness witness)TokenPermissions(address token,uint256 amount)Witness(address to,uint256 validAfter)";

    bool private locked;

    /// selector 0x13cd3b53
    function settle(
        IPermit2WitnessTransferForExact.PermitTransferFrom calldata permit,
        address owner,
        Witness calldata witness,
        bytes calldata signature
    ) external {
        if (locked) revert ReentrancyGuardReentrantCall();
        locked = true;
        uint256 amount = permit.permitted.amount;
        if (amount == 0) revert InvalidAmount();
        if (owner == address(0)) revert InvalidOwner();
        if (witness.to == address(0)) revert InvalidDestination();
        if (block.timestamp < witness.validAfter) revert PaymentTooEarly();
        PERMIT2.permitWitnessTransferFrom(
            permit,
            IPermit2WitnessTransferForExact.SignatureTransferDetails(witness.to, amount),
            owner,
            keccak256(abi.encode(WITNESS_TYPEHASH, witness.to, witness.validAfter)),
            WITNESS_TYPE_STRING,
            signature
        );
        emit Settled();
        locked = false;
    }
}
