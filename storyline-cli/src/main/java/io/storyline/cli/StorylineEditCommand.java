package io.storyline.cli;

import io.storyline.app.Workspace;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "storyline", mixinStandardHelpOptions = true,
    description = {"Correct storylines: merge several into one, or split events off into a new one.",
        "Corrections are recorded with who and when, persist, and apply to re-processing."},
    subcommands = {StorylineEditCommand.Merge.class, StorylineEditCommand.Split.class})
final class StorylineEditCommand implements Runnable {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing correction: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge storylines into one.")
  static final class Merge extends CorrectionCommand {
    @Parameters(paramLabel = "ID", arity = "2..*", description = "Storylines to merge.") List<String> ids;

    @Override
    String apply(Workspace workspace) {
      return "merged " + String.join(", ", ids) + " into " + workspace.chronicle().mergeStorylines(ids, by);
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true, description = "Move events to a new storyline.")
  static final class Split extends CorrectionCommand {
    @Parameters(index = "0", paramLabel = "ID") String id;

    @Option(names = "--events", required = true, split = ",", paramLabel = "EVENT", description = "Events that leave.")
    List<String> events;

    @Override
    String apply(Workspace workspace) {
      return "split " + events + " from " + id + " into " + workspace.chronicle().splitStoryline(id, events, by);
    }
  }
}
