package astra.simulator.auth;

import java.util.Optional;

/** Checks a trading request's L2 headers; the answer names the key's owner, or nothing. */
@FunctionalInterface
public interface RequestAuthVerifier {
    Optional<ApiKey> verify(L2Request request);
}
