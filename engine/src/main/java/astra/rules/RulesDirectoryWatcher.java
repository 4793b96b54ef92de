package astra.rules;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a rules directory (and every folder below it, since a WatchService is not recursive)
 * and reloads {@link LiveRules} on its own background thread once the files have been quiet for
 * the debounce period: an editor's save is often several events, and a half-written file should
 * not be compiled (if one is, it is merely refused and the next event reloads again).
 */
public final class RulesDirectoryWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RulesDirectoryWatcher.class);
    /** Quiet time after the last file event before reloading. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(200);

    private final Path directory;
    private final LiveRules rules;
    private final Duration debounce;
    private final WatchService watchService;
    private final Thread thread;

    private RulesDirectoryWatcher(Path directory, LiveRules rules, Duration debounce) throws IOException {
        this.directory = directory;
        this.rules = rules;
        this.debounce = debounce;
        this.watchService = directory.getFileSystem().newWatchService();
        registerTree(directory);
        this.thread = new Thread(this::watch, "rules-watcher");
        this.thread.setDaemon(true);
    }

    public static RulesDirectoryWatcher start(Path directory, LiveRules rules) throws IOException {
        return start(directory, rules, DEFAULT_DEBOUNCE);
    }

    public static RulesDirectoryWatcher start(Path directory, LiveRules rules, Duration debounce) throws IOException {
        Objects.requireNonNull(rules, "rules");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative, was " + debounce);
        }
        RulesDirectoryWatcher watcher = new RulesDirectoryWatcher(directory, rules, debounce);
        watcher.thread.start();
        return watcher;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                folder.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                absorb(watchService.take());
                WatchKey more;
                while ((more = watchService.poll(debounce.toNanos(), TimeUnit.NANOSECONDS)) != null) {
                    absorb(more);
                }
                reload();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            LOG.debug("rules watcher on {} stopped", directory);
        }
    }

    private void absorb(WatchKey key) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path created
                    && Files.isDirectory(folder.resolve(created))) {
                try {
                    registerTree(folder.resolve(created));
                } catch (IOException e) {
                    LOG.warn("cannot watch new rules folder {}: {}", folder.resolve(created), e.toString());
                }
            }
        }
        key.reset();
    }

    private void reload() {
        try {
            LoadAttempt attempt = rules.tryReload(directory);
            LOG.debug("rules reload after file change: {} {}", attempt.outcome(), attempt.versionId());
        } catch (RuntimeException e) {
            // The watcher must outlive any surprise from the compiler; the rules in force stay.
            LOG.error("rules reload from {} failed unexpectedly", directory, e);
        }
    }

    /** Stops watching and waits for a reload in progress to finish. */
    @Override
    public void close() throws IOException {
        watchService.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
