package io.storyline.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.app.Analysis;
import io.storyline.app.IngestRun;
import io.storyline.app.Storage;
import io.storyline.app.StorylineFacets;
import io.storyline.app.Workspace;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import io.storyline.opensearch.LocalOpenSearch;
import io.storyline.opensearch.OpenSearchCluster;
import io.storyline.store.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink job against a real Kafka broker (KRaft, in this JVM) and a Flink MiniCluster, on real articles, compared
 * with an embedded {@code ingest} of the same file. Tagged {@code scale}: run with {@code ./mvnw verify -Pscale}.
 */
@Tag("scale")
class KafkaFlinkIngestTest {
  private static final int SLAVIC_ARTICLES = 300;

  @TempDir Path dir;

  @Test
  @Timeout(600)
  void aJobCancelledMidStreamAndRestoredFromItsCheckpointStoresWhatAnEmbeddedIngestStores() throws Exception {
    assumeTrue(TestCorpus.available(), "needs ../shared/corpus/seeds and ../shared/evaldata/slavicner/raw");
    Path input = TestCorpus.write(dir.resolve("articles.jsonl"), SLAVIC_ARTICLES);
    Path embedded = dir.resolve("embedded");
    ingestEmbedded(input, embedded);
    StoreSnapshot expected = StoreSnapshot.of(embedded);
    assertThat(expected.articles()).hasSize(5 + SLAVIC_ARTICLES);

    Path flinkData = dir.resolve("flink");
    Path checkpoints = dir.resolve("checkpoints");
    try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"));
         LocalOpenSearch node = LocalOpenSearch.start(dir.resolve("opensearch"))) {
      ClusterConfig config = ClusterConfig.of(Map.of("kafka.bootstrap.servers", kafka.bootstrap(),
          "kafka.partitions", "1", "storyline.data", flinkData.toString(), "parallelism", "2",
          "checkpoint.interval", "1s", "opensearch.address", node.address().given()), "test");
      try (Publisher publisher = new Publisher(config)) {
        publisher.createTopic();
        assertThat(publisher.publish(List.of(input.toString())).published()).isEqualTo(5 + SLAVIC_ARTICLES);
      }

      StreamExecutionEnvironment first = environment(checkpoints, null);
      StorylineJob.define(first, config, true);
      JobClient job = first.executeAsync(StorylineJob.NAME);
      Path checkpoint = awaitCheckpointWithArticles(checkpoints, flinkData, Duration.ofMinutes(5));
      assertThat(job.getJobStatus().get()).as("the job, still reading, when cancelled").isEqualTo(JobStatus.RUNNING);
      job.cancel().get();
      assertThatThrownBy(() -> job.getJobExecutionResult().get()).as("the cancelled job's end")
          .hasStackTraceContaining("cancel");
      long storedAtCancel = StoreSnapshot.articleCount(flinkData);
      assertThat(storedAtCancel).as("articles stored when the job was cancelled").isBetween(1L, 5L + SLAVIC_ARTICLES - 1);

      Path restoreFrom = latestCheckpoint(checkpoints).orElseThrow();
      assertThat(restoreFrom.toString()).isNotEmpty();
      // Restored, the Kafka connector's bounded mode does not end the job (its enumerator does not signal the end
      // after a restore): the restored job follows the topic and is cancelled once everything is stored.
      StreamExecutionEnvironment second = environment(checkpoints, restoreFrom);
      StorylineJob.define(second, config, false);
      JobClient resumed = second.executeAsync(StorylineJob.NAME);
      awaitArticles(flinkData, expected.articles().size(), Duration.ofMinutes(8));
      resumed.cancel().get();
      assertThatThrownBy(() -> resumed.getJobExecutionResult().get()).hasStackTraceContaining("cancel");
      assertTheClusterStoreHoldsWhatTheWriterStored(node, StoreSnapshot.of(flinkData));
    }
    StoreSnapshot actual = StoreSnapshot.of(flinkData);
    assertThat(actual.articles().keySet()).isEqualTo(expected.articles().keySet());
    assertThat(actual.articles()).isEqualTo(expected.articles());
    assertThat(actual.entities()).isEqualTo(expected.entities());
    assertThat(actual.events()).isEqualTo(expected.events());
    assertThat(actual.storylines()).isEqualTo(expected.storylines());
  }

  /** Every stored article as stored (links, event, storyline included), and every entity, event and storyline. */
  private static void assertTheClusterStoreHoldsWhatTheWriterStored(LocalOpenSearch node, StoreSnapshot stored) {
    ArticleJson json = Storage.codec();
    try (OpenSearchCluster cluster = OpenSearchCluster.connect(node.address(), json, new StorylineFacets())) {
      assertThat(cluster.articles().count()).as("articles in the cluster store").isEqualTo(stored.articles().size());
      stored.articles().forEach((id, article) -> assertThat(cluster.articles().get(id).map(json::write))
          .as("article " + id + " in the cluster store").contains(article));
      assertThat(cluster.directories().entities().count()).isEqualTo(stored.entities().size());
      assertThat(cluster.directories().storylines().count()).isEqualTo(stored.storylines().size());
    }
  }

  private static void ingestEmbedded(Path input, Path data) {
    Analysis analysis = Analysis.create("default", "low");
    try (Workspace w = Workspace.open(data, analysis.recognizer().gazetteer()::canonical)) {
      IngestRun.into(w, analysis.pipeline(), new Ingestor(new IngestOptions(StorylineJob.MAX_BYTES)), 2)
          .run(List.of(input.toString()), InputStream.nullInputStream(), report -> {});
    }
  }

  private static StreamExecutionEnvironment environment(Path checkpoints, Path restore) {
    Configuration c = StorylineJob.configuration();
    c.setString("execution.checkpointing.dir", checkpoints.toUri().toString());
    c.setString("state.checkpoints.dir", checkpoints.toUri().toString());
    if (restore != null) {
      c.setString("execution.state-recovery.path", restore.toUri().toString());
    }
    return StreamExecutionEnvironment.createLocalEnvironment(2, c);
  }

  /** Waits for a completed checkpoint after which the writer's data directory holds articles; returns it. */
  private static Path awaitCheckpointWithArticles(Path checkpoints, Path data, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Path> latest = latestCheckpoint(checkpoints);
      if (latest.isPresent() && Files.isDirectory(data.resolve("articles")) && StoreSnapshot.articleCount(data) > 0) {
        return latest.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no checkpoint with stored articles within " + within);
  }

  /** Waits until {@code data} has {@code count} committed articles. */
  private static void awaitArticles(Path data, long count, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (StoreSnapshot.articleCount(data) < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + StoreSnapshot.articleCount(data) + " of " + count + " articles within " + within);
      }
      Thread.sleep(500);
    }
  }

  private static Optional<Path> latestCheckpoint(Path checkpoints) throws IOException {
    if (!Files.isDirectory(checkpoints)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.walk(checkpoints, 2)) {
      return s.filter(p -> p.getFileName().toString().startsWith("chk-"))
          .filter(p -> Files.exists(p.resolve("_metadata")))
          .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(4))));
    }
  }

}
