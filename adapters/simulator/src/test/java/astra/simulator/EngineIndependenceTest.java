package astra.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The simulator is a venue: none of its compiled classes may refer to the engine's packages. A
 * class's references to other classes are UTF-8 names ("astra/domain/Price") in its constant
 * pool, so a byte search over each .class file finds every one.
 */
class EngineIndependenceTest {
    static final List<String> ENGINE_PACKAGES = List.of("astra/domain/", "astra/execution/", "astra/market/",
            "astra/facts/", "astra/rules/", "astra/ports/");

    @Test
    void noSimulatorClass_refersToAnEnginePackage() throws IOException {
        Path classes = Path.of("target", "classes", "astra", "simulator");
        assertThat(classes).isDirectory();
        List<String> offences = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                scanned++;
                enginePackagesIn(Files.readAllBytes(f)).forEach(p -> offences.add(f + " -> " + p));
            }
        }
        assertThat(scanned).as("compiled simulator classes").isGreaterThan(50);
        assertThat(offences).isEmpty();
    }

    @Test
    void theScan_findsAnEngineReference() {
        byte[] fake = "\u0001\u0000\u0012astra/domain/Price\u0007".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(enginePackagesIn(fake)).containsExactly("astra/domain/");
        assertThat(enginePackagesIn("astra/simulator/venue/Exchange".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    static List<String> enginePackagesIn(byte[] classFile) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        return ENGINE_PACKAGES.stream().filter(text::contains).toList();
    }
}
