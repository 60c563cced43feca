package io.storyline.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.app.Analysis;
import io.storyline.app.IngestReport;
import io.storyline.app.IngestRun;
import io.storyline.app.Workspace;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of the Flink job at parallelism 1 and 2 beside the embedded ingest with 1 and 2 threads, on the same
 * real articles, back to back in one JVM (docs/scale.md, "Capacity"). CPU is the whole JVM's (Kafka broker, Flink,
 * analysis, writer). Run: {@code ./mvnw -o -pl storyline-flink -am verify -Dgroups=bench -Dtest=FlinkThroughputBench
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.articles=300 -Dbench.workers=2,1}: size and run order);
 * prints a table and writes it to {@code target/throughput.txt}.
 */
@Tag("bench")
class FlinkThroughputBench {
  private static final int ARTICLES = Integer.getInteger("bench.articles", 200);

  @TempDir Path dir;

  @Test
  void theFlinkJobAndTheEmbeddedIngestAreTimedOnTheSameArticles() throws Exception {
    assumeTrue(TestCorpus.available(), "needs ../shared/corpus/seeds and ../shared/evaldata/slavicner/raw");
    Path input = TestCorpus.write(dir.resolve("articles.jsonl"), ARTICLES - 5);
    List<String> rows = new ArrayList<>();
    rows.add(String.format("%-40s %8s %10s %10s %12s %12s", "run", "articles", "wall s", "CPU s", "articles/s", "CPU ms/art"));
    try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"))) {
      ClusterConfig base = ClusterConfig.of(Map.of("kafka.bootstrap.servers", kafka.bootstrap(),
          "kafka.partitions", "2", "storyline.data", dir.resolve("unused").toString(), "checkpoint.interval", "2s"), "bench");
      try (Publisher publisher = new Publisher(base)) {
        publisher.createTopic();
        assertThat(publisher.publish(List.of(input.toString())).published()).isEqualTo(ARTICLES);
      }
      embedded(input, dir.resolve("warm-up"), 2); // loads the models and warms the JIT for every run alike
      for (String w : System.getProperty("bench.workers", "1,2").split(",")) { // the order of the runs
        int workers = Integer.parseInt(w.strip());
        rows.add(embedded(input, dir.resolve("embedded-" + workers), workers));
        rows.add(flink(base, dir.resolve("flink-" + workers), workers));
      }
    }
    String table = String.join("\n", rows);
    System.out.println(table);
    Files.writeString(Path.of("target/throughput.txt"), table + "\n");
  }

  private static String embedded(Path input, Path data, int threads) {
    Analysis analysis = Analysis.create("default", "low");
    long cpu = Submission.processCpuNanos();
    long wall = System.nanoTime();
    IngestReport report;
    try (Workspace w = Workspace.open(data, analysis.recognizer().gazetteer()::canonical)) {
      report = IngestRun.into(w, analysis.pipeline(), new Ingestor(new IngestOptions(StorylineJob.MAX_BYTES)), threads)
          .run(List.of(input.toString()), InputStream.nullInputStream(), r -> {});
    }
    return row("ingest --threads " + threads + " (writer " + report.writing().toMillis() / 1000.0 + " s)",
        StoreSnapshot.articleCount(data), System.nanoTime() - wall, Submission.processCpuNanos() - cpu);
  }

  private static String flink(ClusterConfig base, Path data, int workers) throws Exception {
    ClusterConfig config = ClusterConfig.of(Map.of("kafka.bootstrap.servers", base.kafka(), "kafka.partitions", "2",
        "kafka.group.id", "bench-" + workers, "storyline.data", data.toString(), "parallelism", Integer.toString(workers),
        "checkpoint.interval", "2s"), "bench");
    long cpu = Submission.processCpuNanos();
    long wall = System.nanoTime();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(workers, StorylineJob.configuration());
    StorylineJob.define(env, config, true);
    env.execute(StorylineJob.NAME);
    return row("flink parallelism " + workers, StoreSnapshot.articleCount(data), System.nanoTime() - wall,
        Submission.processCpuNanos() - cpu);
  }

  private static String row(String run, long articles, long wallNanos, long cpuNanos) {
    return String.format("%-40s %8d %10.1f %10.1f %12.2f %12.0f", run, articles, wallNanos / 1e9, cpuNanos / 1e9,
        articles / (wallNanos / 1e9), cpuNanos / 1e6 / articles);
  }
}
