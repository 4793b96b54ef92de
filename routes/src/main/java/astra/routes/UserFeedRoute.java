package astra.routes;

import astra.runtime.UserFeed;
import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;

/** User channel: frames → our fills recorded in the order store → each new fill to the decision thread. */
public final class UserFeedRoute extends RouteBuilder {
    private final UserFeed feed;

    public UserFeedRoute(UserFeed feed) {
        this.feed = Objects.requireNonNull(feed, "feed");
    }

    @Override
    public void configure() {
        from(Endpoints.USER_FEED).routeId("user-feed")
                .bean(feed, "onFrame(${body})")
                .split(body())
                    .to(Endpoints.DECISIONS)
                .end();
    }
}
