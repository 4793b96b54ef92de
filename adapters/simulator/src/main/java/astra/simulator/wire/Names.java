package astra.simulator.wire;

/**
 * What the wire says about owners and tokens that the core does not know: an owner's wallet
 * address, and whether a token is its market's "Yes" or "No".
 */
public interface Names {
    String addressOf(String owner);

    String outcomeOf(String tokenId);
}
