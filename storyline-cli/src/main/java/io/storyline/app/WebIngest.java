package io.storyline.app;

import io.storyline.app.IngestReport.Problem;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import io.storyline.web.IngestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Ingest for {@code POST /api/ingest}: the upload is saved under its (sanitised) name in a temporary
 * directory so that ingest picks the format by extension, then goes through the same run as the CLI.
 * One upload at a time: the workspace has a single writer.
 */
public final class WebIngest implements IngestHandler {
  private final Workspace workspace;
  private final Supplier<Analysis> analysisFactory;
  private final int threads;
  private Analysis analysis;

  /** @param analysis builds the analysis; called once, on the first upload, so a server starts at once */
  public WebIngest(Workspace workspace, Supplier<Analysis> analysis, int threads) {
    this.workspace = workspace;
    this.analysisFactory = analysis;
    this.threads = threads;
  }

  @Override
  public synchronized IngestSummary ingest(InputStream body, String name) {
    if (analysis == null) {
      analysis = analysisFactory.get();
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("storyline-upload-");
      Path file = dir.resolve(safeName(name));
      Files.copy(body, file);
      List<String> ids = new ArrayList<>();
      IngestReport report = workspace.writing(() -> IngestRun.into(workspace, analysis.pipeline(),
              new Ingestor(IngestOptions.defaults()), threads, a -> ids.add(a.id()))
          .run(List.of(file.toString()), InputStream.nullInputStream(), r -> {})); // corrections wait for the upload
      List<Rejection> rejected = new ArrayList<>();
      report.skipped().forEach(p -> rejected.add(named(p, file)));
      report.failed().forEach(p -> rejected.add(named(p, file)));
      List<Rejection> partial = report.partial().stream().map(p -> named(p, file)).toList();
      return new IngestSummary((int) (report.stored() + report.updated()), (int) report.duplicates(), ids, rejected, partial);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the upload '" + name + "': " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /** A problem as the uploader knows it: the saved file's temporary path replaced by the upload's name. */
  private static Rejection named(Problem p, Path file) {
    return new Rejection(p.location().replace(file.toString(), file.getFileName().toString()), p.reason());
  }

  /** The upload's file name without any directory part or unusual characters; {@code upload.txt} when empty. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return base.isBlank() || base.startsWith(".") ? "upload.txt" : base;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary file is harmless
    }
  }
}
