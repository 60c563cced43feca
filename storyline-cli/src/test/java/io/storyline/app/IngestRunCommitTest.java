package io.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.Layer;
import io.storyline.core.Pipeline;
import io.storyline.core.Stage;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import io.storyline.store.LuceneArticleStore;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer commits on time whatever its input does, so a slow article cannot hold an earlier one back. */
class IngestRunCommitTest {
  /** Holds the article whose text says "slow" until released, as a huge paragraph would hold its worker. */
  private static final class Hold implements Stage {
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public String name() {
      return "hold";
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
      if (article.text().contains("slow")) {
        try {
          release.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return article;
    }
  }

  @Test
  void anArticleIsCommittedAndReportedWhileTheNextIsStillBeingAnalysed(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, """
        {"id": "first", "text": "The first article, analysed at once."}
        {"id": "second", "text": "The second article is slow to analyse."}
        """);
    Hold hold = new Hold();
    CompletableFuture<Long> storedWhileHeld = new CompletableFuture<>();
    try (LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("data"))) {
      IngestRun run = new IngestRun(new Ingestor(IngestOptions.defaults())::ingest, Pipeline.builder().add(hold).build(), store,
          IngestRun.Linker.NONE, 2, Duration.ofMillis(300));
      CompletableFuture<IngestReport> report = CompletableFuture.supplyAsync(() -> run.run(List.of(input.toString()),
          new ByteArrayInputStream(new byte[0]), soFar -> {
            if (soFar.stored() == 1 && hold.release.getCount() == 1) {
              storedWhileHeld.complete(soFar.stored());
            }
          }));
      assertThat(storedWhileHeld.get(60, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(store.get("first")).isPresent();
      assertThat(report).isNotDone();
      hold.release.countDown();
      assertThat(report.get(60, TimeUnit.SECONDS).stored()).isEqualTo(2);
    }
  }

  @Test
  void aCommitFallsDueByCountOrByTheWaitOfTheOldestArticle() {
    CommitPolicy policy = new CommitPolicy(3, 1_000);
    assertThat(policy.due(0)).isFalse();
    assertThat(policy.nanosUntilDue(0)).isEqualTo(Long.MAX_VALUE);
    policy.added(100);
    policy.added(600);
    assertThat(policy.due(1_099)).isFalse();
    assertThat(policy.nanosUntilDue(700)).isEqualTo(400);
    assertThat(policy.due(1_100)).isTrue();
    policy.committed();
    assertThat(policy.due(5_000)).isFalse();
    policy.added(5_000);
    policy.added(5_001);
    policy.added(5_002);
    assertThat(policy.due(5_002)).isTrue();
  }
}
