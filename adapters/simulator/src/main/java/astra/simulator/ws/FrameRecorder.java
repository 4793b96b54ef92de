package astra.simulator.ws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Fingerprints the market frames the venue emits, in order: a SHA-256 over every frame followed
 * by a newline, and a count. An optional tap receives each frame (e.g. to write a frame file, one
 * JSON frame per line, for later replay). Venue thread only.
 */
public final class FrameRecorder {
    private final MessageDigest digest;
    private long frames;
    private Consumer<String> tap = f -> {};

    public FrameRecorder() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    public void record(String frame) {
        digest.update(frame.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        frames++;
        tap.accept(frame);
    }

    public void tap(Consumer<String> consumer) {
        this.tap = consumer;
    }

    public long frames() {
        return frames;
    }

    /** The hash of every frame so far (the digest itself keeps running). */
    public String hashHex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
    }
}
