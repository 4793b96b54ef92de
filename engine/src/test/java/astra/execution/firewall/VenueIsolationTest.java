package astra.execution.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The firewall is the only path to the venue: no compiled class outside {@code astra.execution}
 * (and the port's own package) may name {@code astra.ports.Venue}, in a field, a signature, a call
 * or a string. It checks whatever classes exist, so packages added later (such as
 * {@code astra.strategy}) are covered as soon as they compile.
 */
class VenueIsolationTest {
    /** The type in a constant pool string: as a class name, inside a descriptor, or dotted (reflection). */
    private static final Pattern VENUE = Pattern.compile("(^|[L(;)\\[])astra/ports/Venue(;|$)|\\bastra\\.ports\\.Venue\\b(?!Order)");

    @Test
    void noClassOutsideExecutionNamesTheVenue() throws IOException {
        Path classes = mainClasses();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String name = classes.relativize(f).toString().replace('\\', '/');
                if (!mayHoldTheVenue(name) && namesTheVenue(f)) {
                    offenders.add(name);
                }
            });
        }
        assertThat(offenders).as("classes outside astra.execution that reference astra.ports.Venue").isEmpty();
    }

    @Test
    void scanner_findsTheReferenceWhereItIs_soTheGuardIsNotVacuous() {
        Path classes = mainClasses();
        assertThat(namesTheVenue(classes.resolve("astra/execution/firewall/ExecutorFirewall.class"))).isTrue();
        assertThat(namesTheVenue(classes.resolve("astra/ports/VenueOrder.class"))).isFalse();
    }

    @Test
    void theClassHoldingTheVenue_isNotPublic_andTheStrategyFacingGatewayDoesNotNameIt() {
        assertThat(Modifier.isPublic(ExecutorFirewall.class.getModifiers())).isFalse();
        assertThat(ExecutorFirewall.class.getDeclaredConstructors())
                .allSatisfy(c -> assertThat(Modifier.isPublic(c.getModifiers())).isFalse());
        assertThat(namesTheVenue(mainClasses().resolve("astra/execution/firewall/OrderGateway.class"))).isFalse();
    }

    private static boolean mayHoldTheVenue(String classFile) {
        return classFile.startsWith("astra/execution/") || classFile.startsWith("astra/ports/");
    }

    private static Path mainClasses() {
        try {
            Path path = Path.of(ExecutorFirewall.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(path.resolve("astra/ports/Venue.class")).exists();
            return path;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean namesTheVenue(Path classFile) {
        try (InputStream in = Files.newInputStream(classFile)) {
            return constantPoolStrings(new DataInputStream(in)).stream().anyMatch(s -> VENUE.matcher(s).find());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classFile, e);
        }
    }

    /** The UTF-8 entries of a class file's constant pool (JVMS §4.4), where every type it uses is named. */
    private static List<String> constantPoolStrings(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        List<String> strings = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> strings.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return strings;
    }
}
