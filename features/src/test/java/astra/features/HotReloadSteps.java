package astra.features;

import static org.assertj.core.api.Assertions.assertThat;

import astra.rules.CompilationMessage;
import astra.rules.LiveRules;
import astra.rules.LoadAttempt;
import astra.rules.RuleCompilationFailure;
import astra.rules.RuleSetCompiler;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the real rules folder, edited the way a risk officer would, decided on live. */
public class HotReloadSteps {
    private final World world;
    private final Desk desk;
    private Path copy;
    private LiveRules live;
    private String versionBefore;
    private LoadAttempt lastReload;

    public HotReloadSteps(World world, Desk desk) {
        this.world = world;
        this.desk = desk;
    }

    @Given("the rules in force are a copy of the shipped rules folder")
    public void copyOfTheShippedRules() throws IOException, RuleCompilationFailure {
        copy = Files.createTempDirectory("astra-rules-");
        Path source = Desk.shippedRulesDir();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = copy.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        live = LiveRules.load(new RuleSetCompiler(world.clock), world.clock, copy);
        versionBefore = live.current().version().id();
        desk.rules = live::current;
    }

    @When("the risk officer changes {string} to {string} in {word}")
    public void edit(String from, String to, String file) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("%s contains %s", file, from).contains(from);
        Files.writeString(path, text.replace(from, to));
        lastReload = live.tryReload(copy);
    }

    @Then("the new rules are in force under a new version")
    public void newVersion() {
        assertThat(lastReload.outcome()).as("reload %s", lastReload.messages()).isEqualTo(LoadAttempt.Outcome.LOADED);
        assertThat(live.current().version().id()).isNotEqualTo(versionBefore);
        assertThat(desk.decide().rulesVersion()).isEqualTo(live.current().version().id());
    }

    @Then("the edit is refused with a message at {word} line {int}")
    public void refusedAt(String file, int line) {
        assertThat(lastReload.outcome()).isEqualTo(LoadAttempt.Outcome.REFUSED);
        assertThat(lastReload.messages()).extracting(CompilationMessage::file).contains(file);
        assertThat(lastReload.messages()).as("messages %s", lastReload.messages())
                .filteredOn(m -> m.file().equals(file)).extracting(CompilationMessage::line).contains(line);
    }

    @Then("the edit is refused with a message naming {string} in {word}")
    public void refusedNaming(String key, String file) {
        assertThat(lastReload.outcome()).isEqualTo(LoadAttempt.Outcome.REFUSED);
        List<CompilationMessage> messages = lastReload.messages();
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.file()).isEqualTo(file);
            assertThat(m.text()).contains(key);
        });
    }

    @Then("the previous rules keep deciding")
    public void previousHold() {
        assertThat(live.current().version().id()).isEqualTo(versionBefore);
        assertThat(desk.decide().rulesVersion()).isEqualTo(versionBefore);
    }

    @After
    public void removeCopy() throws IOException {
        if (copy == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(copy)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
