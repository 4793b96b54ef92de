package astra.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An operator's input file, read again only when its modification time changes: polled each
 * decision cycle at the cost of one stat. A file that cannot be read is reported once and leaves
 * the last read in force. An absent path (the feature is off) never changes.
 */
final class WatchedFile {
    private static final Logger LOG = LoggerFactory.getLogger(WatchedFile.class);
    private final Optional<Path> path;
    private final String what;
    private FileTime readAt;
    private boolean unreadableReported;

    /** @param what what the file holds, for the log ("satellite signal file") */
    WatchedFile(Optional<Path> path, String what) {
        this.path = path;
        this.what = what;
    }

    /** The file's lines if it changed since the last read (or was never read); empty otherwise. */
    Optional<List<String>> linesIfChanged() {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Path p = path.get();
        try {
            FileTime modified = Files.getLastModifiedTime(p);
            if (modified.equals(readAt)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            readAt = modified;
            unreadableReported = false;
            return Optional.of(lines);
        } catch (IOException | UncheckedIOException e) {
            if (!unreadableReported) {
                LOG.warn("{} {} cannot be read: {}; the last read stays in force", what, p, e.toString());
                unreadableReported = true;
            }
            return Optional.empty();
        }
    }

    /** The path, for messages. */
    String describe() {
        return path.map(Path::toString).orElse("(none)");
    }
}
