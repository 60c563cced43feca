package io.storyline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options shared by every subcommand. */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "Storyline 0.1.0",
    description = "Multilingual news intelligence: clean, date and link news articles in any language.",
    subcommands = {IngestCommand.class, ReprocessCommand.class, ArticlesCommand.class, ShowCommand.class, ExportCommand.class,
        SearchCommand.class, EntitiesCommand.class, EntityCommand.class, EventsCommand.class, StorylinesCommand.class, TimelineCommand.class,
        StorylineEditCommand.class, ServeCommand.class, PublishCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class,
        TrainNamesCommand.class, WatchCommand.class, SourcesCommand.class})
public final class StorylineCommand implements Runnable {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory for the commands that use the store (default: $STORYLINE_DATA, else ./storyline-data).")
  Path data;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
