package io.storyline.cli;

import io.storyline.app.Analysis;
import io.storyline.app.AnalysisSettings;
import io.storyline.app.Reprocess;
import io.storyline.app.ReprocessReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reprocess", mixinStandardHelpOptions = true,
    description = {"Analyse every stored article again with the current pipeline and rebuild the entity registry,",
        "events, storylines and search index from it, keeping every correction (entity merge, split, rename,",
        "retype; storyline merge, split). Run it after upgrading Storyline or correcting the registry.",
        "The new state is built beside the old one and switched in at the end; a killed run leaves the data as it",
        "was. Needs the data directory to itself, and about as much free disk as it uses.",
        "An article whose analysis fails now is reported and keeps its previous analysis; exit code 1 only when",
        "nothing could be reprocessed (the data is then unchanged)."})
final class ReprocessCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;
  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path data = dataDir.resolve(root);
    if (!java.nio.file.Files.isDirectory(data)) {
      err.println("storyline reprocess: no data directory " + data + "; give the one you ingested into with --data");
      return 1;
    }
    AnalysisSettings settings = analysis.settings(data, err, true);
    Analysis chosen = analysis.analysis(settings);
    Reprocess reprocess = new Reprocess(chosen.pipeline(), chosen.recognizer().gazetteer()::canonical, analysis.threads());
    ReprocessReport r = reprocess.run(data, Console.reprocessProgress(err));
    Console.summary(out, err, r);
    if (r.total() == 0) {
      err.println("storyline reprocess: no articles in " + data + "; nothing to reprocess");
      return 1;
    }
    if (!r.switched()) {
      err.println("storyline reprocess: no article could be reprocessed; the data in " + data + " is unchanged");
      return 1;
    }
    settings.write(data);
    out.printf(Locale.ROOT, "Store: %s (%,d articles, %,d entities, %,d events, %,d storylines)%n", data, r.total(),
        r.entities(), r.events(), r.storylines());
    return 0;
  }
}
