package astra.simulator.event;

import java.util.ArrayList;
import java.util.List;

/** Fans events out to listeners in registration order. */
public final class EventBus implements VenueListener {
    private final List<VenueListener> listeners = new ArrayList<>();

    public void subscribe(VenueListener listener) {
        listeners.add(listener);
    }

    @Override
    public void onEvent(VenueEvent event) {
        for (VenueListener l : listeners) {
            l.onEvent(event);
        }
    }
}
