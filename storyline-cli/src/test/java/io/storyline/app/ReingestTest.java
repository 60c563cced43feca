package io.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.Layer;
import io.storyline.core.Pipeline;
import io.storyline.core.Stage;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting content that is already stored. */
class ReingestTest {
  static final Path EXAMPLES = Path.of(System.getProperty("storyline.repo", ".."), "examples");

  @TempDir Path data;

  /** The last stage of the pipeline, counting the articles analysed. */
  static final class Counting implements Stage {
    final AtomicInteger analysed = new AtomicInteger();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of();
    }

    @Override
    public Article apply(Article article) {
      analysed.incrementAndGet();
      return article;
    }
  }

  @Test
  void contentAlreadyStoredIsCountedAsADuplicateWithoutBeingAnalysedAgain() {
    Analysis analysis = Analysis.create("pl,uk,it,hu,nl,en,de", "low");
    Counting counting = new Counting();
    Pipeline.Builder builder = Pipeline.builder();
    analysis.pipeline().stages().forEach(builder::add);
    Pipeline pipeline = builder.add(counting).build();
    try (Workspace workspace = Workspace.open(data, analysis.recognizer().gazetteer()::canonical)) {
      IngestRun run = IngestRun.into(workspace, pipeline, new Ingestor(IngestOptions.defaults()), 2);
      IngestReport first = run.run(List.of(EXAMPLES.toString()), InputStream.nullInputStream(), r -> {});
      assertThat(first.stored()).isEqualTo(5);
      assertThat(counting.analysed).hasValue(5);

      IngestReport again = run.run(List.of(EXAMPLES.toString()), InputStream.nullInputStream(), r -> {});
      assertThat(again.duplicates()).isEqualTo(5);
      assertThat(again.stored()).isZero();
      assertThat(counting.analysed).as("articles analysed in both runs").hasValue(5);
    }
  }
}
