package io.storyline.cli;

import io.storyline.app.Workspace;
import io.storyline.events.Chronicle;
import io.storyline.events.Storyline;
import io.storyline.events.Timeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Print a storyline's timeline: events in date order (granularity as known), languages, English",
        "gist, and every source. Without an id, the largest storylines."})
final class TimelineCommand implements Callable<Integer> {
  enum Format { text, json }

  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Parameters(paramLabel = "STORYLINE", arity = "0..1", description = "Storyline id (see `storyline storylines`).")
  String id;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--limit", defaultValue = "3", description = "Without an id: how many storylines (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    try (Workspace workspace = Workspace.read(dataDir.existing(root), EntityNames.canonical())) {
      print(spec.commandLine().getOut(), workspace, id, format == Format.json, limit);
      return 0;
    }
  }

  /** Prints one storyline's timeline, or the {@code limit} largest when {@code id} is null. */
  static void print(PrintWriter out, Workspace workspace, String id, boolean json, int limit) {
    Chronicle chronicle = workspace.chronicle();
    List<Storyline> chosen = id != null
        ? List.of(chronicle.storyline(id).orElseThrow(() -> new IllegalArgumentException(
            "no storyline with id '" + id + "'; list the ids with: storyline storylines")))
        : chronicle.storylines().stream().limit(limit).toList();
    for (Storyline s : chosen) {
      var events = chronicle.events(s);
      out.println(json ? Timeline.json(s, events, a -> workspace.articles().get(a).orElse(null))
          : Timeline.render(s, events, a -> workspace.articles().get(a).orElse(null)));
    }
    if (chosen.isEmpty()) {
      out.println("no storylines yet: ingest some articles first");
    }
  }
}
