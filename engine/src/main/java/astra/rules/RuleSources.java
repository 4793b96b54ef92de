package astra.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bytes of a rules directory read once: every {@code *.drl} below it (recursively) and its
 * {@code policy.yaml}. Hashing and compiling the same snapshot means the version id always
 * describes exactly what was compiled, even if a file changes while we read.
 */
public final class RuleSources {
    public static final String POLICY_FILE = "policy.yaml";
    /** Hex digits of the SHA-256 kept in the id: 64 bits, plenty to tell versions apart. */
    private static final int ID_HEX_DIGITS = 16;

    /** One file, named relative to the rules directory with '/' separators. */
    public record SourceFile(String name, byte[] content) {
        public SourceFile {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final Path directory;
    private final List<SourceFile> drlFiles;
    private final SourceFile policy;
    private final String versionId;

    private RuleSources(Path directory, List<SourceFile> drlFiles, SourceFile policy) {
        this.directory = directory;
        this.drlFiles = List.copyOf(drlFiles);
        this.policy = policy;
        this.versionId = hash(drlFiles, policy);
    }

    /** Reads the directory; a missing {@code policy.yaml} is read as absent, not as an error here. */
    public static RuleSources read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("rules directory does not exist: " + directory);
        }
        List<SourceFile> drl = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.filter(RuleSources::isDrl).sorted()::iterator) {
                drl.add(new SourceFile(relativeName(directory, file), Files.readAllBytes(file)));
            }
        }
        drl.sort((a, b) -> a.name().compareTo(b.name()));
        Path policyPath = directory.resolve(POLICY_FILE);
        SourceFile policy = Files.isRegularFile(policyPath)
                ? new SourceFile(POLICY_FILE, Files.readAllBytes(policyPath))
                : null;
        return new RuleSources(directory, drl, policy);
    }

    /** Hidden files (editors' swap and lock files) are not rules. */
    private static boolean isDrl(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && name.endsWith(".drl") && !name.startsWith(".");
    }

    private static String relativeName(Path directory, Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String hash(List<SourceFile> drl, SourceFile policy) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        List<SourceFile> all = new ArrayList<>(drl);
        if (policy != null) {
            all.add(policy);
        }
        all.sort((a, b) -> a.name().compareTo(b.name()));
        for (SourceFile file : all) {
            // Length-prefix name and content so no two different file sets hash the same bytes.
            byte[] name = file.name().getBytes(StandardCharsets.UTF_8);
            sha.update(longBytes(name.length));
            sha.update(name);
            sha.update(longBytes(file.content.length));
            sha.update(file.content);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, ID_HEX_DIGITS);
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[Long.BYTES];
        for (int i = Long.BYTES - 1; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= Byte.SIZE;
        }
        return bytes;
    }

    public Path directory() {
        return directory;
    }

    public List<SourceFile> drlFiles() {
        return drlFiles;
    }

    /** The policy file, or null when the directory has none (the compiler refuses that). */
    public SourceFile policy() {
        return policy;
    }

    public String versionId() {
        return versionId;
    }

    /** All file names, sorted, the policy included when present. */
    public List<String> fileNames() {
        List<String> names = new ArrayList<>();
        drlFiles.forEach(f -> names.add(f.name()));
        if (policy != null) {
            names.add(policy.name());
        }
        names.sort(String::compareTo);
        return List.copyOf(names);
    }
}
