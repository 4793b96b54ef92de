package astra.cli.decode;

import astra.cli.JsonInput;
import astra.cli.JsonOutput;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code astra decode FILE}: what the decoders and books make of captured WebSocket frames. */
@Command(
        name = "decode",
        mixinStandardHelpOptions = true,
        description = {
            "Decodes captured WebSocket frames (market or user channel, told apart per frame) and prints"
                    + " JSON: the events, the books that book snapshots built, and counters.",
            "FILE is one JSON frame, a JSON array of frames, or one frame per line. Each event names its"
                    + " frame: the line number, or the position in the array. Frames that cannot be"
                    + " decoded appear as events of kind 'error' with their reason."
        })
public final class DecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "captured frames")
    Path file;

    @Override
    public Integer call() {
        List<Frame> frames = FrameFile.split(JsonInput.text(file));
        DecodeSession session = new DecodeSession(Clock.systemUTC());
        session.decode(frames);
        ObjectNode report = JsonNodeFactory.instance.objectNode().put("file", file.toString());
        report.setAll(session.report());
        JsonOutput.print(spec, report);
        return 0;
    }
}
