package io.storyline.cli;

import io.storyline.app.Workspace;
import io.storyline.app.export.Export;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the articles (default), the entities, the events or the storylines, streaming.",
        "jsonl: one JSON object per line (articles in the documented export format, docs/export-format.md).",
        "csv: one row each, for spreadsheets. jsonld: one JSON-LD document of schema.org nodes",
        "(NewsArticle with about/mentions, Person/Organization/Place, Event)."})
final class ExportCommand implements Callable<Integer> {
  enum Kind { articles, entities, events, storylines }

  enum Format { jsonl, csv, jsonld }

  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Parameters(paramLabel = "WHAT", arity = "0..1", defaultValue = "articles",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Kind kind;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  /**
   * Exports to standard output, or to {@code FILE.part} moved to {@code FILE} once complete, so that a failed export
   * never leaves a cut file behind.
   */
  @Override
  public Integer call() throws IOException {
    Path data = dataDir.existing(root);
    if (output == null) {
      try (Writer w = stdout()) {
        return export(data, w);
      }
    }
    Path part = output.resolveSibling(output.getFileName() + ".part");
    try {
      int code;
      try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(part), StandardCharsets.UTF_8.newEncoder()))) {
        code = export(data, w);
      }
      Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return code;
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /**
   * Writes every record. Text is written as stored: JSON escapes a lone surrogate an older ingest stored
   * ({@code \ud800}, read back as the same text); CSV, which cannot, writes U+FFFD and says so on standard error.
   */
  private int export(Path data, Writer w) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    try (Workspace workspace = Workspace.read(data, EntityNames.canonical())) {
      ProgressMeter meter = ProgressMeter.on(err, "exported", kind.name());
      long n = new Export(workspace, warning -> err.println("storyline export: " + warning))
          .write(Export.Kind.valueOf(kind.name().toUpperCase(Locale.ROOT)), Export.Format.valueOf(format.name().toUpperCase(Locale.ROOT)),
              w, meter::update);
      meter.finish();
      err.printf(Locale.ROOT, "exported %,d %s as %s%s in %.1f s%n", n, kind, format, output == null ? "" : " to " + output,
          (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }

  /** Standard output in UTF-8, failing rather than writing '?' for what it cannot encode; never closes it. */
  private static Writer stdout() {
    return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8.newEncoder())) {
      @Override
      public void close() throws IOException {
        flush(); // never close System.out
      }
    };
  }
}
