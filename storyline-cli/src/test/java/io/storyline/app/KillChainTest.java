package io.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random points of real child processes, then the same command again until it ends: the data directory
 * must end as a clean run leaves it, the registry, its log, the events, the profile log and the search index
 * included; and a reader just before each kill sees parts that agree. Small by default (the ingest chain is part of
 * {@code ./mvnw verify}); the stress chains (reprocess too) run with {@code -Dstoryline.killchain.articles=N
 * -Dstoryline.killchain.kills=K} (docs/reliability.md).
 */
class KillChainTest {
  /** Whether the stress sizes were asked for; the reprocess chain runs only then (ReprocessTest kills one in verify). */
  static final boolean STRESS = System.getProperty("storyline.killchain.articles") != null;
  static final int ARTICLES = Integer.getInteger("storyline.killchain.articles", 60);
  static final int KILLS = Integer.getInteger("storyline.killchain.kills", 3);
  static final long SEED = Long.getLong("storyline.killchain.seed", 21L);
  static final String INGESTING = " read | ";
  static final String REPROCESSING = " articles | ";

  @TempDir Path tmp;

  private Path input() throws Exception {
    assumeTrue(Files.isDirectory(KillChain.TEXTS), "no news texts in " + KillChain.TEXTS
        + " (../shared/evaldata/slavicner/raw); the kill chain needs them");
    return KillChain.corpus(tmp.resolve("news.jsonl"), ARTICLES);
  }

  private static List<String> ingest(Path data, Path input) {
    return List.of("ingest", "--data", data.toString(), "--languages", KillChain.LANGS, "--langid-accuracy", "low",
        "--threads", "2", input.toString());
  }

  private static List<String> reprocess(Path data) {
    return List.of("reprocess", "--data", data.toString(), "--threads", "2");
  }

  @Test
  void anIngestKilledAtRandomPointsAndRunAgainEndsAsACleanRunWithRegistryEventsAndSearchIndexIncluded() throws Exception {
    Path input = input();
    Path clean = tmp.resolve("clean");
    Path killed = tmp.resolve("killed");
    long span = KillChain.timed(INGESTING, ingest(clean, input).toArray(String[]::new));

    List<Long> seen = new java.util.ArrayList<>();
    int kills = KillChain.chain(INGESTING, ingest(killed, input), KILLS, span, new Random(SEED),
        () -> seen.add(KillChain.readConsistently(killed)));

    assertThat(kills).as("runs killed while at work").isEqualTo(KILLS);
    assertThat(seen).as("articles a reader saw just before each kill").hasSize(KILLS);
    Map<String, String> expected = KillChain.state(clean);
    assertThat(expected.get("export").lines().count()).isEqualTo(ARTICLES);
    assertThat(KillChain.differences(expected, KillChain.state(killed))).isEmpty();
  }

  @Test
  void aReprocessKilledAtRandomPointsAndRunAgainEndsAsACleanReprocess() throws Exception {
    assumeTrue(STRESS, "the reprocess chain runs with -Dstoryline.killchain.articles=N");
    Path input = input();
    Path clean = tmp.resolve("clean");
    KillChain.timed(INGESTING, ingest(clean, input).toArray(String[]::new));
    Path killed = DataCopy.of(clean, tmp.resolve("killed"));
    long span = KillChain.timed(REPROCESSING, reprocess(clean).toArray(String[]::new));

    int kills = KillChain.chain(REPROCESSING, reprocess(killed), KILLS, span, new Random(SEED + 1), () -> {});

    assertThat(kills).as("runs killed while at work").isEqualTo(KILLS);
    assertThat(KillChain.differences(KillChain.state(clean), KillChain.state(killed))).isEmpty();
  }
}
