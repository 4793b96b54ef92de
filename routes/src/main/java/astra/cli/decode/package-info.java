/**
 * {@code astra decode}: replays captured WebSocket frames through the venue's own decoders and
 * books, for a person debugging what the feed sent and what Astra made of it.
 *
 * <p>Invariants: bad frames are reported as {@code error} events with their reason, never as a
 * crash; each frame goes to the decoder of the channel it belongs to; books exist only for assets
 * a {@code book} snapshot named, and are built by the same code the live feed uses; prices and
 * sizes are printed as exact decimal strings.
 */
package astra.cli.decode;
