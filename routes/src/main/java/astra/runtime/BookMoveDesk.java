package astra.runtime;

import java.time.Duration;
import java.util.List;

/**
 * What the market feed's route asks of the quoting side for a book move, on the thread that applied
 * the frame: the move decided at once, and between frames a keep-warm round. {@link MakerLoop} is
 * the one desk of a session.
 */
public interface BookMoveDesk {
    /** The move's market requoted, or left alone; the commands to send, possibly none. */
    List<ExecutorCommand> onBookMoved(BookMoved moved);

    /** One round of the ordering path that sends nothing, at most once per {@code every}. */
    void keepWarm(Duration every);
}
