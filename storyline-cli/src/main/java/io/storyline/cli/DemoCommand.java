package io.storyline.cli;

import io.storyline.app.Analysis;
import io.storyline.app.IngestReport;
import io.storyline.app.IngestRun;
import io.storyline.app.Workspace;
import io.storyline.core.Article;
import io.storyline.core.Layers;
import io.storyline.core.RemovedSpan;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import io.storyline.store.LuceneArticleStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled example corpus and print what was found.",
        "Uses a new temporary data directory unless --data is given."})
final class DemoCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;
  @Mixin AnalysisOptions analysis;

  @Option(names = "--examples", paramLabel = "DIR", defaultValue = "${sys:storyline.home:-.}/examples",
      description = "The example corpus (default: ${DEFAULT-VALUE}).")
  Path examples;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(examples)) {
      spec.commandLine().getErr().println("storyline demo: the example corpus " + examples
          + " is not a directory; run from the Storyline checkout or pass --examples DIR");
      return 1;
    }
    boolean temporary = !dataDir.given(root);
    Path data = temporary ? Files.createTempDirectory("storyline-demo-") : dataDir.resolve(root);
    out.printf("Storyline demo: the example corpus %s into %s%s%n%n", examples, data,
        temporary ? " (temporary: removed at the end)" : "");
    try {
      return demo(out, data, temporary);
    } finally {
      if (temporary) {
        delete(data);
      }
    }
  }

  private int demo(PrintWriter out, Path data, boolean temporary) {
    Analysis chosen = analysis.analysis();
    try (Workspace workspace = Workspace.open(data, chosen.recognizer().gazetteer()::canonical)) {
      LuceneArticleStore store = workspace.articles();
      IngestRun run = IngestRun.into(workspace, chosen.pipeline(), new Ingestor(IngestOptions.defaults()), analysis.threads());
      IngestReport report = run.run(List.of(examples.toString()), System.in, Console.progress(spec.commandLine().getErr(), InputCount.of(List.of(examples.toString()))));
      Console.summary(out, spec.commandLine().getErr(), report);
      List<Article> articles = new ArrayList<>();
      store.forEach(articles::add);
      out.println();
      table(out, articles);
      out.println();
      totals(out, articles);
      out.println();
      TimelineCommand.print(out, workspace, null, false, 3);
      if (temporary) {
        out.printf("%nKeep the results to look closer, export or serve them:  ./storyline demo --data DIR%n");
      } else if (!articles.isEmpty()) {
        out.printf("%nLook closer:  ./storyline --data %s show %s%n", data, articles.getFirst().id());
        out.printf("Export:       ./storyline --data %s export --format jsonl%n", data);
        out.printf("Web UI:       ./storyline --data %s serve%n", data);
      }
      return articles.isEmpty() ? 1 : 0;
    }
  }

  /** Removes a temporary directory (the demo's data, the benchmark's corpus and data), files first. */
  static void delete(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void table(PrintWriter out, List<Article> articles) {
    out.printf("%-16s  %-4s  %-4s  %-6s  %-9s  %s%n", "ID", "LANG", "CONF", "DEBRIS", "SENTENCES", "TITLE");
    for (Article a : articles) {
      out.printf(Locale.ROOT, "%-16s  %-4s  %-4.2f  %-6d  %-9d  %s%n", a.id(),
          a.get(Layers.LANGUAGE).map(l -> l.code()).orElse("-"),
          a.get(Layers.LANGUAGE).map(l -> l.confidence()).orElse(0.0),
          a.removed().size(), a.get(Layers.SENTENCES).map(List::size).orElse(0), Text.clip(Text.headline(a), 70));
    }
  }

  private static void totals(PrintWriter out, List<Article> articles) {
    Map<String, Long> languages = articles.stream().collect(Collectors.groupingBy(
        a -> a.get(Layers.LANGUAGE).map(l -> l.code()).orElse("-"), TreeMap::new, Collectors.counting()));
    Map<String, Long> reasons = articles.stream().flatMap(a -> a.removed().stream()).collect(Collectors.groupingBy(
        RemovedSpan::reason, TreeMap::new, Collectors.counting()));
    out.println("Languages:      " + join(languages));
    out.printf("Debris removed: %d spans (%s)%n", reasons.values().stream().mapToLong(Long::longValue).sum(), join(reasons));
  }

  private static String join(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }
}
