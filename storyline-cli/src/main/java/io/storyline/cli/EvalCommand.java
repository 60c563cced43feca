package io.storyline.cli;

import io.storyline.language.AccuracyMode;
import io.storyline.language.LangIdEvaluation;
import io.storyline.language.LangIdReport;
import io.storyline.language.LanguageIdentifier;
import io.storyline.language.LanguageSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure quality on public evaluation data; each subcommand can fail below a floor (for CI).",
    subcommands = {EvalCommand.LangId.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing evaluation: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** Checks that an evaluation folder exists, naming it and what to pass instead. */
  static void requireDirectory(Path dir, String what) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("'" + dir + "' is not a directory; pass --data with " + what);
    }
  }

  /** Prints whether a figure meets its floor and returns the exit code. */
  static int floor(PrintWriter out, String figure, double value, Double floor) {
    if (floor == null) {
      return 0;
    }
    boolean ok = value >= floor;
    out.printf(Locale.ROOT, "%s %.4f %s floor %.4f: %s%n", figure, value, ok ? ">=" : "<", floor, ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
  }

  @Command(name = "langid", mixinStandardHelpOptions = true,
      description = {"Language identification accuracy per language on Lingua's test data:",
          "a folder of <code>.txt files, one item per line (sentences, word-pairs or single-words)."})
  static final class LangId implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
        description = "e.g. ../shared/evaldata/lingua-langid/language-testdata/sentences")
    Path data;

    @Option(names = "--languages", defaultValue = "default", paramLabel = "SET",
        description = "Language set to evaluate (default: ${DEFAULT-VALUE}).")
    String languages;

    @Option(names = "--langid-accuracy", defaultValue = "low", paramLabel = "MODE", description = "low or high (default: ${DEFAULT-VALUE}).")
    String accuracy;

    @Option(names = "--min-accuracy", paramLabel = "X", description = "Exit 1 when the macro-average accuracy is below X (0-1).")
    Double minAccuracy;

    @Override
    public Integer call() throws IOException {
      requireDirectory(data, "Lingua's language-testdata/<sentences|word-pairs|single-words> folder");
      PrintWriter out = spec.commandLine().getOut();
      LanguageIdentifier identifier = new LanguageIdentifier(LanguageSet.parse(languages), AccuracyMode.parse(accuracy));
      LangIdReport report = new LangIdEvaluation(identifier).evaluate(data);
      out.println(report.render());
      return floor(out, "macro accuracy", report.macroAccuracy(), minAccuracy);
    }
  }
}
