/**
 * Decoding of the venue's WebSocket channels into immutable messages: the market channel
 * ({@link astra.polymarket.ws.MarketChannelDecoder}: book, price_change in all three schemas,
 * last_trade_price, tick_size_change, best_bid_ask, new_market, market_resolved) and the user
 * channel ({@link astra.polymarket.ws.UserChannelDecoder}: order and trade), plus
 * {@link astra.polymarket.ws.FillAttribution}, which turns a trade into our own fills, and
 * {@link astra.polymarket.ws.MarketEventApplier}, which applies market events to the books, and
 * {@link astra.polymarket.ws.MarketFrameApplier}, the feed thread's hot path, which streams book and
 * price_change frames straight into the books and leaves every other frame to the decoder and
 * applier, with identical results (books, counters, errors).
 *
 * <p>Invariants: a frame always decodes to messages, never to an exception: a text frame that is
 * not JSON ("PONG", acks) is a {@link astra.polymarket.ws.ControlFrame}, an unknown event type an
 * {@link astra.polymarket.ws.UnknownEvent}, and malformed JSON or a missing or invalid field a
 * {@link astra.polymarket.ws.DecodeError} with its reason, counted by reason. A message is built
 * whole or not at all. Prices and sizes are read from the decimal text exactly, never through
 * {@code double}. Decoders keep reusable scratch state: one decoder per feed thread.
 */
package astra.polymarket.ws;
