package io.storyline.cli;

import io.storyline.app.Analysis;
import io.storyline.app.AnalysisSettings;
import io.storyline.app.IngestReport;
import io.storyline.app.IngestRun;
import io.storyline.app.Workspace;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import io.storyline.store.LuceneArticleStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read articles and store them, cleaned and annotated.",
        "PATH is a file (plain text, HTML, JSON Lines), a directory (read recursively) or - for stdin.",
        "Bad documents are reported and skipped; exit code 1 only when nothing could be stored."})
final class IngestCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;
  @Mixin AnalysisOptions analysis;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
  List<String> paths;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "10MB", converter = SizeConverter.class,
      description = "Skip files larger than this (default: ${DEFAULT-VALUE}; units B, KB, MB, GB).")
  long maxBytes;

  @Option(names = "--all-problems", description = "List every skipped and failed document, not only the first 20.")
  boolean allProblems;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Path data = dataDir.resolve(root);
    AnalysisSettings settings = analysis.settings(data, err, false);
    Analysis chosen = analysis.analysis(settings);
    try (Workspace workspace = Workspace.open(data, chosen.recognizer().gazetteer()::canonical)) {
      settings.write(data);
      LuceneArticleStore store = workspace.articles();
      IngestRun run = IngestRun.into(workspace, chosen.pipeline(), new Ingestor(new IngestOptions(maxBytes)), analysis.threads());
      IngestReport report = run.run(paths, System.in, Console.progress(err, InputCount.of(paths)));
      Console.summary(out, err, report, Console.shownProblems(allProblems), " (--all-problems lists them all)");
      out.printf("Store: %s (%,d articles)%n", data, store.count());
      if (report.inStore() == 0) {
        err.println("storyline ingest: nothing could be stored from " + String.join(" ", paths));
        return 1;
      }
      return 0;
    }
  }
}
