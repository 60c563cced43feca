package io.storyline.cli;

import io.storyline.app.Analysis;
import io.storyline.events.eval.EventDateEvaluation;
import io.storyline.ingest.HtmlExtractor;
import io.storyline.time.eval.HtmlDatePages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eventdate", mixinStandardHelpOptions = true,
    description = {"Event dates against hand-annotated gold (docs/eval/event-dates.tsv): each article through the",
        "pipeline, its event date compared exactly, at the gold's granularity (year, month, day, weekday; 'unknown'",
        "only matches unknown), and the share of incidental years (a year the happening does not have)."})
final class EvalEventDateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", defaultValue = "docs/eval/event-dates.tsv", paramLabel = "FILE",
      description = "Gold TSV: id, value, granularity (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "The evaluation folder holding slavicner/raw, semeval2022-task8-news-similarity and (for html: ids)"
          + " htmldate-pubdate, e.g. ../shared/evaldata")
  Path data;

  @Option(names = "--verbose", description = "Also print every article: gold, system value, confidence.")
  boolean verbose;

  @Option(names = "--min-at-granularity", paramLabel = "X", description = "Exit 1 when the accuracy at the gold's granularity is below X.")
  Double minAtGranularity;

  @Override
  public Integer call() throws IOException {
    EvalCommand.requireDirectory(data, "the evaluation folder holding slavicner/raw and the SemEval CSV");
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("'" + gold + "' is not a file; pass --gold with a TSV of id, value, granularity");
    }
    PrintWriter out = spec.commandLine().getOut();
    Analysis analysis = Analysis.create("default", "low");
    List<EventDateEvaluation.Gold> golds = EventDateEvaluation.readGold(gold);
    EventDateEvaluation.Pages pages = file -> Optional.empty();
    if (golds.stream().anyMatch(g -> g.id().startsWith(EventDateEvaluation.HTML))) {
      HtmlDatePages saved = HtmlDatePages.open(data.resolve("htmldate-pubdate"));
      HtmlExtractor html = new HtmlExtractor();
      pages = file -> {
        Optional<Path> page = saved.file(file);
        return page.isEmpty() ? Optional.empty() : html.readFile(page.get(), saved.url(file));
      };
    }
    EventDateEvaluation.Report report = new EventDateEvaluation(analysis.pipeline()).run(golds, data, pages);
    if (verbose) {
      for (EventDateEvaluation.Result r : report.results()) {
        out.printf(Locale.ROOT, "%-60s %-22s %-24s %.2f %-15s %s%n", r.gold().id(), r.gold().value(), r.system(), r.confidence(),
            r.exact() ? "exact" : r.atGranularity() ? "ok" : r.incidentalYear() ? "INCIDENTAL-YEAR" : "wrong",
            r.basis().replace('\n', ' '));
      }
    }
    out.println(report.table());
    return EvalCommand.floor(out, "accuracy at the gold's granularity", report.atGranularity(), minAtGranularity);
  }
}
