package io.storyline.cli;

import io.storyline.app.Analysis;
import io.storyline.app.BenchCorpus;
import io.storyline.app.IngestReport;
import io.storyline.app.IngestRun;
import io.storyline.app.ThreadCpu;
import io.storyline.app.TimedStage;
import io.storyline.app.Workspace;
import io.storyline.core.Pipeline;
import io.storyline.core.Stage;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark ingest + clean + language + sentences + store on a synthesised corpus.",
        "The corpus varies real texts (the examples, and the evaluation texts when present); reports",
        "articles/second, time per stage, peak RSS and heap, and the store size."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin AnalysisOptions analysis;

  @Option(names = "--articles", defaultValue = "10000", description = "Corpus size (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--texts", paramLabel = "DIR", split = ",",
      defaultValue = "${sys:storyline.home:-.}/examples,${sys:storyline.home:-.}/../shared/evaldata/slavicner/raw,${sys:storyline.home:-.}/../shared/evaldata/lingua-langid/language-testdata/sentences",
      description = "Directories of .txt base texts; missing ones are ignored (default: ${DEFAULT-VALUE}).")
  List<Path> texts;

  @Option(names = "--seed", defaultValue = "42", description = "Seed for the corpus variation.")
  long seed;

  @Option(names = "--keep", description = "Keep the corpus and the data directory (in a temporary folder, named at "
      + "the end) instead of removing them.")
  boolean keep;

  @Override
  public Integer call() throws IOException {
    Path work = Files.createTempDirectory("storyline-bench-");
    spec.commandLine().getOut().printf("corpus and data in %s%s%n", work,
        keep ? "" : " (temporary: removed at the end; --keep keeps them)");
    try {
      return run(work);
    } finally {
      if (keep) {
        spec.commandLine().getOut().println("kept: " + work);
      } else {
        DemoCommand.delete(work);
      }
    }
  }

  private int run(Path work) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path corpus = work.resolve("corpus.jsonl");
    List<String> base = BenchCorpus.baseTexts(texts);
    BenchCorpus.write(base, articles, seed, corpus);
    out.printf(Locale.ROOT, "corpus: %,d articles varied from %,d base texts (%,d bytes)%n", articles, base.size(),
        Files.size(corpus));

    long loadStart = System.nanoTime();
    Analysis chosen = analysis.analysis();
    Pipeline plain = chosen.pipeline();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    List<TimedStage> timed = new ArrayList<>();
    Pipeline.Builder builder = Pipeline.builder();
    for (Stage s : plain.stages()) {
      TimedStage t = new TimedStage(s);
      timed.add(t);
      builder.add(t);
    }
    Path data = work.resolve("data");
    IngestReport report;
    long writerCpuNanos;
    long runCpuNanos;
    int entities;
    Map<String, Long> threadCpu;
    try (Workspace workspace = Workspace.open(data, chosen.recognizer().gazetteer()::canonical)) {
      long processCpu = processCpuNanos();
      long writerCpu = TimedStage.threadCpuNanos(); // the run's calling thread is its writer
      Map<String, Long> threadsBefore = ThreadCpu.byKind();
      report = IngestRun.into(workspace, builder.build(), new Ingestor(IngestOptions.defaults()), analysis.threads())
          .run(List.of(corpus.toString()), System.in, Console.progress(spec.commandLine().getErr(), articles));
      writerCpuNanos = TimedStage.threadCpuNanos() - writerCpu;
      runCpuNanos = processCpuNanos() - processCpu;
      threadCpu = ThreadCpu.since(threadsBefore, ThreadCpu.byKind()); // before closing: the indexing thread still runs
      entities = workspace.entities().size();
    }
    Console.summary(out, spec.commandLine().getErr(), report);
    out.printf(Locale.ROOT, "threads: %d, languages: %s, langid accuracy: %s, pipeline set-up: %.1f s%n",
        analysis.threads(), analysis.languages, analysis.accuracy, loadSeconds);
    out.printf(Locale.ROOT, "throughput: %.1f articles/s (read, %s, then link, events, store, index; %d threads)%n",
        report.perSecond(), String.join(", ", timed.stream().map(TimedStage::name).toList()), analysis.threads());
    out.printf(Locale.ROOT, "per article (CPU, then wall, summed over threads): %.3f ms CPU for the whole process%n",
        runCpuNanos / 1e6 / Math.max(1, report.read()));
    for (TimedStage t : timed) {
      out.printf(Locale.ROOT, "  stage %-10s %8.3f ms CPU %8.3f ms wall%n", t.name(), t.meanCpuMillis(), t.meanMillis());
    }
    long read = Math.max(1, report.read());
    out.printf(Locale.ROOT, "  writer           %8.3f ms CPU %8.3f ms wall (link entities, place in events, store, hand over for indexing, commit; one thread)%n",
        writerCpuNanos / 1e6 / read, report.writing().toNanos() / 1e6 / read);
    double staged = timed.stream().mapToDouble(TimedStage::meanCpuMillis).sum() + writerCpuNanos / 1e6 / read;
    out.printf(Locale.ROOT, "  other threads    %8.3f ms CPU (Lingua's own pool, garbage collector, compiler, search indexing, reader)%n",
        runCpuNanos / 1e6 / read - staged);
    long listed = 0;
    for (Map.Entry<String, Long> kind : threadCpu.entrySet()) {
      if (!kind.getKey().equals("other")) { // "other" holds the analysis threads and the writer, reported above
        out.printf(Locale.ROOT, "    %-18s %8.3f ms CPU%n", kind.getKey(), kind.getValue() / 1e6 / read);
        listed += kind.getValue();
      }
    }
    if (!threadCpu.isEmpty()) {
      out.printf(Locale.ROOT, "    %-18s %8.3f ms CPU (threads that ended, such as the reader, and the JVM's others)%n",
          "the rest", (runCpuNanos - listed) / 1e6 / read - staged);
    }
    out.printf(Locale.ROOT, "peak RSS: %s, peak heap: %,d MB%n", peakRss(), peakHeap() >> 20);
    out.printf(Locale.ROOT, "data for %,d articles: %,d MB (articles %,d MB, search index %,d MB, entity registry %,d MB with %,d entities, events %,d MB)%n",
        report.inStore(), size(data) >> 20, size(data.resolve("articles")) >> 20, size(data.resolve("search")) >> 20,
        size(data.resolve("entities")) >> 20, entities, size(data.resolve("events")) >> 20);
    return 0;
  }

  private static String peakRss() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "unknown (no /proc)";
    }
    return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
        .map(l -> String.format(Locale.ROOT, "%,d MB", Long.parseLong(l.replaceAll("\\D", "")) >> 10)).findFirst().orElse("unknown");
  }

  /** CPU time of the whole process (every thread: analysis, writer, garbage collector, compiler). */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
