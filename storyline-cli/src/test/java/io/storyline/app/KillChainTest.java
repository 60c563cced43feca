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
  /**
   * Kills of the reprocess chain: a reprocess killed starts again from the first article, so each kill costs up to a
   * whole reprocess (the ingest and serve chains go on where they stopped).
   */
  static final int REPROCESS_KILLS = Integer.getInteger("storyline.killchain.reprocess.kills", KILLS);
  static final long SEED = Long.getLong("storyline.killchain.seed", 21L);
  static final String INGESTING = " documents | ";
  static final String REPROCESSING = " articles | ";

  @TempDir Path tmp;

  /** The news file and the file of new versions ({@link KillChain#corpus}). */
  private List<Path> inputs() throws Exception {
    assumeTrue(Files.isDirectory(KillChain.TEXTS), "no news texts in " + KillChain.TEXTS
        + " (../shared/evaldata/slavicner/raw); the kill chain needs them");
    return KillChain.corpus(tmp, ARTICLES);
  }

  /** Ingests the news, then the new versions, into {@code data}, each to its end. */
  private static long ingestBoth(Path data, List<Path> inputs) throws Exception {
    long span = KillChain.timed(INGESTING, ingest(data, inputs.get(0)).toArray(String[]::new));
    KillChain.timed("Store:", ingest(data, inputs.get(1)).toArray(String[]::new));
    return span;
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
    List<Path> inputs = inputs();
    Path clean = tmp.resolve("clean");
    Path killed = tmp.resolve("killed");
    long span = ingestBoth(clean, inputs);

    List<Long> seen = new java.util.ArrayList<>();
    Random random = new Random(SEED);
    // each run goes on where the last one stopped: kills a mean of span / (KILLS + 1) apart spread over the whole ingest
    int kills = KillChain.chain(INGESTING, ingest(killed, inputs.get(0)), KILLS, 2 * span / (KILLS + 1), random,
        () -> seen.add(KillChain.readConsistently(killed)));
    KillChain.timed("Store:", ingest(killed, inputs.get(1)).toArray(String[]::new));

    // a run after a kill finds part of its input stored and may end before the next random kill comes
    assertThat(kills).as("runs killed while at work").isPositive();
    assertThat(seen).as("articles a reader saw just before each kill").hasSize(kills);
    Map<String, String> expected = KillChain.state(clean);
    assertThat(expected.get("export").lines().count()).isEqualTo(ARTICLES);
    assertThat(KillChain.differences(expected, KillChain.state(killed))).isEmpty();
  }

  @Test
  void aReprocessKilledAtRandomPointsAndRunAgainEndsAsACleanReprocess() throws Exception {
    assumeTrue(STRESS, "the reprocess chain runs with -Dstoryline.killchain.articles=N");
    Path clean = tmp.resolve("clean");
    ingestBoth(clean, inputs());
    Path killed = DataCopy.of(clean, tmp.resolve("killed"));
    long span = KillChain.timed(REPROCESSING, reprocess(clean).toArray(String[]::new));

    int kills = KillChain.chain(REPROCESSING, reprocess(killed), REPROCESS_KILLS, span, new Random(SEED + 1), () -> {});

    assertThat(kills).as("runs killed while at work").isEqualTo(REPROCESS_KILLS);
    assertThat(KillChain.differences(KillChain.state(clean), KillChain.state(killed))).isEmpty();
  }

  /** One request to the server: an upload of JSON Lines, or a correction of the registry. */
  private record Op(String path, String contentType, String body) {}

  @Test
  void aServerKilledAtRandomPointsWhileUploadsAndCorrectionsArriveEndsAsACleanServerWithEveryAcknowledgedRequest()
      throws Exception {
    assumeTrue(STRESS, "the serve chain runs with -Dstoryline.killchain.articles=N");
    List<String> lines = Files.readAllLines(inputs().get(0));
    Path half = Files.write(tmp.resolve("half.jsonl"), lines.subList(0, lines.size() / 2));
    Path clean = tmp.resolve("clean");
    KillChain.timed(INGESTING, ingest(clean, half).toArray(String[]::new));
    Path killed = DataCopy.of(clean, tmp.resolve("killed"));
    List<String> ids;
    try (Workspace w = Workspace.read(clean, k -> null)) {
      ids = w.entities().entities().stream().limit(40).map(io.storyline.entities.registry.Entity::id).toList();
    }
    List<Op> ops = new java.util.ArrayList<>();
    List<String> rest = lines.subList(lines.size() / 2, lines.size());
    int chunks = Math.min(ids.size() / 2, 20);
    for (int k = 0; k < chunks; k++) {
      List<String> chunk = rest.subList(k * rest.size() / chunks, (k + 1) * rest.size() / chunks);
      ops.add(new Op("api/ingest", "application/x-ndjson", String.join("\n", chunk) + "\n"));
      ops.add(k % 2 == 0
          ? new Op("api/entities/" + ids.get(2 * k) + "/rename", "application/json", "{\"name\":\"Correction " + k + "\"}")
          : new Op("api/entities/" + ids.get(2 * k) + "/merge", "application/json", "{\"ids\":[\"" + ids.get(2 * k + 1) + "\"]}"));
    }
    long start = System.nanoTime();
    assertThat(serve(clean, ops, null, 0)).isZero();
    long span = (System.nanoTime() - start) / 1_000_000 / (KILLS + 1) * 2;

    int kills = serve(killed, ops, new Random(SEED + 2), span);

    assertThat(kills).as("servers killed").isGreaterThanOrEqualTo(Math.min(KILLS, 1));
    Map<String, String> expected = KillChain.state(clean);
    Map<String, String> actual = KillChain.state(killed);
    expected.remove("registry log"); // a request repeated after a kill that had already committed it is recorded twice
    actual.remove("registry log");
    assertThat(KillChain.differences(expected, actual)).isEmpty();
  }

  /**
   * Sends {@code ops} in order to a server on {@code data} (a child process), each until it is answered 200: when
   * {@code killer} is given, each server is killed with SIGKILL after a random delay below {@code spanMillis} and a
   * new one started, up to {@link #KILLS} times. Returns the kills made.
   */
  private static int serve(Path data, List<Op> ops, Random killer, long spanMillis) throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    int kills = 0;
    int next = 0;
    while (next < ops.size()) {
      KillChain.Child server = new KillChain.Child("Storyline is serving", "serve", "--data", data.toString(), "--port",
          "0", "--languages", KillChain.LANGS, "--langid-accuracy", "low");
      assertThat(server.working.await(5, java.util.concurrent.TimeUnit.MINUTES)).as(server.tail()).isTrue();
      String line = server.output.stream().filter(l -> l.contains("Storyline is serving")).findFirst().orElseThrow();
      String url = line.substring(line.indexOf("http://")).strip();
      boolean kill = killer != null && kills < KILLS;
      Thread timer = null;
      if (kill) {
        long delay = killer.nextLong(spanMillis);
        timer = Thread.ofPlatform().daemon().start(() -> {
          try {
            Thread.sleep(delay);
            server.process.destroyForcibly();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      }
      try {
        while (next < ops.size()) {
          Op op = ops.get(next);
          java.net.http.HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create(url + op.path())).header("Content-Type", op.contentType())
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(op.body())).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
          assertThat(r.statusCode()).as("%s: %s", op.path(), r.body()).isEqualTo(200);
          next++;
        }
      } catch (java.io.IOException killedMidRequest) {
        // not acknowledged: sent again to the next server
      } finally {
        if (timer != null) {
          timer.interrupt();
        }
        if (!server.process.isAlive() && server.process.exitValue() != 0) {
          kills++;
        } else {
          server.process.destroy(); // also when a request failed: no server outlives the test
        }
        server.process.waitFor(1, java.util.concurrent.TimeUnit.MINUTES);
      }
    }
    return kills;
  }
}
