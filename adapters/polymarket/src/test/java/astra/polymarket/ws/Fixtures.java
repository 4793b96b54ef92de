package astra.polymarket.ws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the shared, never edited, fixtures (surefire sets {@code astra.shared.dir}). */
final class Fixtures {
    private Fixtures() {}

    static Path path(String relative) {
        String shared = System.getProperty("astra.shared.dir", "../../../shared");
        return Path.of(shared, "fixtures", "polymarket", relative);
    }

    /** Every fixture of a folder, by file name, in name order. */
    static java.util.SortedMap<String, String> all(String folder) {
        try (var files = Files.list(path(folder))) {
            java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
