// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Aggregate3 — several calls in one transaction, behind Multicall3's `aggregate3` ABI.
/// @notice Written for insforge-edge's chain tests; not production code, and not Multicall3: only
/// its public `aggregate3` interface, so that viem's `multicall` and a settler batching "deploy
/// the counterfactual wallet, then transferWithAuthorization from it" can run on anvil.
///
/// `aggregate3(calls)` calls each `target` with its `callData`, in order, from this contract (so
/// `msg.sender` of every inner call is this contract), and returns one (success, returnData) per
/// call, in the same order. A failed call with `allowFailure` false reverts the whole batch,
/// undoing the calls before it: with the callee's revert data when there is any, else with
/// "Aggregate3: call failed". A failed call with `allowFailure` true is only reported
/// (success false, its revert data). `msg.value` is accepted and kept, never forwarded.
contract Aggregate3 {
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    struct Result {
        bool success;
        bytes returnData;
    }

    function aggregate3(Call3[] calldata calls) external payable returns (Result[] memory returnData) {
        returnData = new Result[](calls.length);
        for (uint256 i = 0; i < calls.length; i++) {
            Call3 calldata c = calls[i];
            (bool success, bytes memory data) = c.target.call(c.callData);
            if (!success && !c.allowFailure) {
                if (data.length == 0) revert("Aggregate3: call failed");
                assembly {
                    revert(add(data, 32), mload(data))
                }
            }
            returnData[i] = Result(success, data);
        }
    }
}
