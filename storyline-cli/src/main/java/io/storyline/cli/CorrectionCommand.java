package io.storyline.cli;

import io.storyline.app.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A user's correction of the registry or of the storylines: applied to the workspace, recorded with
 * who made it ({@code --by}), persisted, and printed as one line.
 */
abstract class CorrectionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Option(names = "--by", paramLabel = "NAME", defaultValue = "${sys:user.name}",
      description = "Who makes the correction (default: ${DEFAULT-VALUE}).")
  String by;

  @Override
  public Integer call() {
    StorylineCommand root = (StorylineCommand) spec.root().userObject();
    try (Workspace workspace = Workspace.open(dataDir.existing(root), EntityNames.canonical())) {
      spec.commandLine().getOut().println(apply(workspace));
      return 0;
    }
  }

  /** Makes the correction durable and says what was done. */
  abstract String apply(Workspace workspace);
}
