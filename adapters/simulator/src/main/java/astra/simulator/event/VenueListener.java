package astra.simulator.event;

/** Receives the venue's events in order, on the venue's thread. */
@FunctionalInterface
public interface VenueListener {
    void onEvent(VenueEvent event);
}
