/**
 * The simulated venue assembled: {@link astra.simulator.venue.Exchange} takes orders and cancels,
 * checks them as the venue does, matches, settles balances, runs trades through their lifecycle
 * and publishes user- and market-channel events. A later layer puts the venue's REST paths and
 * WebSocket channels in front of it.
 *
 * <p>Invariants: the venue never imports the engine (a venue does not know its traders); every
 * time read is the {@link astra.simulator.lifecycle.VirtualScheduler}; an open BUY holds
 * remaining × price pUSD and an open SELL holds its remaining tokens, so an accepted order can
 * always pay for its fills; a trade's credits stay held until it is MINED, so a FAILED trade can
 * always be reversed exactly.
 */
package astra.simulator.venue;
