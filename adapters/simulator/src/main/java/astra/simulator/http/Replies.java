package astra.simulator.http;

import astra.simulator.matching.OrderRejectedException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Writes answers: JSON bodies, venue errors, and the results of work done on the venue thread. */
public final class Replies {
    private Replies() {}

    public static void json(RoutingContext ctx, int status, Object body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("content-type", "application/json")
                .end(body instanceof String s ? s : io.vertx.core.json.Json.encode(body));
    }

    public static void error(RoutingContext ctx, Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        int status;
        String message;
        if (t instanceof VenueError e) {
            status = e.status();
            message = e.getMessage();
        } else if (t instanceof OrderRejectedException | t instanceof IllegalArgumentException) {
            status = 400;
            message = t.getMessage();
        } else {
            status = 500;
            message = "Internal server error";
        }
        json(ctx, status, new JsonObject().put("error", message).encode());
    }

    /**
     * Runs {@code work} on the venue thread (via {@code submit}) and answers 200 with its result on
     * the request's own context, or the venue's error.
     */
    public static <T> void fromVenue(RoutingContext ctx, CompletableFuture<T> work) {
        Context context = Vertx.currentContext();
        work.whenComplete((result, failure) -> context.runOnContext(v -> {
            if (failure != null) {
                error(ctx, failure);
            } else {
                json(ctx, 200, result);
            }
        }));
    }

    /** {@link #parsed(Supplier)} for a getter with an index. */
    public static <T> T parsed(java.util.function.IntFunction<T> getter, int index) {
        return parsed(() -> getter.apply(index));
    }

    /** Calls {@code parse}, answering its {@link VenueError} or bad-input failure as the venue would. */
    public static <T> T parsed(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ClassCastException | NullPointerException | io.vertx.core.json.DecodeException e) {
            throw VenueError.badRequest("Invalid order payload");
        }
    }
}
