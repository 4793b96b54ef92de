package astra.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which rules decided. {@code id} is a hash of the rule files' content (their sorted relative
 * names and bytes), so the same files always give the same id whatever their modification times,
 * and any edit gives a new one; {@code loadedAt} is when this process compiled them.
 */
public record RulesVersion(String id, Instant loadedAt, List<String> files) {
    public RulesVersion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("rules version id must not be blank");
        }
        Objects.requireNonNull(loadedAt, "loadedAt");
        files = List.copyOf(files);
    }
}
