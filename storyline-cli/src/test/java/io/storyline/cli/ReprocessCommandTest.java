package io.storyline.cli;

import static io.storyline.cli.CliTest.EXAMPLES;
import static io.storyline.cli.CliTest.LANGS;
import static io.storyline.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.app.Workspace;
import io.storyline.cli.CliTest.Run;
import io.storyline.search.Hit;
import io.storyline.search.SearchQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline reprocess} through the real command line, on the example corpus with user corrections. */
class ReprocessCommandTest {
  @TempDir Path tmp;
  /** The examples ingested and corrected once, in {@link #ingestAndCorrectOnce()}. */
  @TempDir static Path shared;

  private String data() {
    return "--data=" + tmp.resolve("data");
  }

  private static Run ok(String... args) {
    Run r = run(args);
    assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return r;
  }

  /** Everything a user sees of the derived state: each entity in full, the storylines and the events. */
  private Map<String, String> state() {
    Map<String, String> state = new LinkedHashMap<>();
    String entities = ok(data(), "entities", "--limit", "100000").out();
    state.put("entities", entities);
    for (String line : entities.lines().skip(1).toList()) {
      if (!line.endsWith("entities")) {
        String id = line.split("\\s+")[0];
        state.put(id, ok(data(), "entity", id).out());
      }
    }
    state.put("storylines", ok(data(), "storylines").out());
    state.put("events", ok(data(), "events").out());
    state.put("articles", ok(data(), "articles").out());
    return state;
  }

  /** The examples with a rename, a merge and a storyline split, made once; each test that needs them copies them. */
  @BeforeAll
  static void ingestAndCorrectOnce() {
    String data = "--data=" + shared.resolve("corrected");
    ok(data, "ingest", LANGS, EXAMPLES.toString());
    ok(data, "entity", "rename", "loc-jp", "Nippon", "--by", "tester");
    ok(data, "entity", "merge", "loc-tz-asia-tokyo", "--into", "loc-jp", "--by", "tester");
    String storyline = ok(data, "storylines").out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
    String event = ok(data, "events").out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
    ok(data, "storyline", "split", storyline, "--events", event, "--by", "tester");
  }

  private void ingestAndCorrect() {
    io.storyline.app.DataCopy.of(shared.resolve("corrected"), tmp.resolve("data"));
  }

  @Test
  void reprocessKeepsEveryArticleEntityCountVariantCountAndCorrection() throws IOException {
    ingestAndCorrect();
    Map<String, String> before = state();
    assertThat(before.get("loc-jp")).contains("name      Nippon").contains("Tokio"); // renamed, Tokyo merged in
    assertThat(before).doesNotContainKey("loc-tz-asia-tokyo");
    assertThat(before.get("storylines")).contains("2 of 2 storylines");
    byte[] registryLog = Files.readAllBytes(tmp.resolve("data/entities/entities.jsonl"));
    byte[] profileLog = Files.readAllBytes(tmp.resolve("data/events/profiles.jsonl"));

    Run r = ok(data(), "reprocess", LANGS, "--threads", "2");
    assertThat(r.out()).contains("Reprocessed 5 of 5 articles").contains("0 failed")
        .contains("kept 2 entity and 1 storyline corrections, 0 no longer apply").contains("5 articles");

    Map<String, String> after = state();
    // unchanged data, corrections included, gives the same logs byte for byte (key order and times of day too)
    assertThat(Files.readAllBytes(tmp.resolve("data/entities/entities.jsonl"))).isEqualTo(registryLog);
    assertThat(Files.readAllBytes(tmp.resolve("data/events/profiles.jsonl"))).isEqualTo(profileLog);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    for (String key : before.keySet()) {
      assertThat(after.get(key)).as(key).isEqualTo(before.get(key)); // same ids, counts, variants, names, storylines
    }
    assertThat(after.get("articles")).contains("5 of 5 articles");
    assertThat(after.get("loc-jp")).contains("name      Nippon").contains("in 5 articles");
    assertThat(after.get("storylines")).contains("2 of 2 storylines");
    String log = Files.readString(tmp.resolve("data/entities/entities.jsonl"));
    assertThat(log).contains("\"op\":\"renamed\",\"id\":\"loc-jp\",\"name\":\"Nippon\",\"by\":\"tester\"")
        .contains("\"op\":\"merged\",\"ids\":[\"loc-tz-asia-tokyo\"],\"into\":\"loc-jp\",\"by\":\"tester\"");
    assertThat(tmp.resolve("data/reprocess.next")).doesNotExist();
    assertThat(tmp.resolve("data/reprocess.old")).doesNotExist();

    try (Workspace w = Workspace.open(tmp.resolve("data"), EntityNames.canonical())) {
      List<Hit> hits = w.search().search(SearchQuery.of("Stoltenberg")).hits();
      assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void aCorrectionMadeUnderTheIdAnEarlierVersionGaveStillAppliesAfterReprocessing() throws IOException {
    ingestAndCorrect();
    // an earlier version named entities by their linking key: per-iens-stoltenberh for Jens Stoltenberg
    Path log = tmp.resolve("data/entities/entities.jsonl");
    Files.writeString(log, Files.readString(log).replace("\"per-yyens-stoltenberh\"", "\"per-iens-stoltenberh\""));
    ok(data(), "entity", "rename", "per-iens-stoltenberh", "J. Stoltenberg", "--by", "tester");

    Run r = ok(data(), "reprocess", LANGS);
    assertThat(r.out()).contains("kept 3 entity and 1 storyline corrections, 0 no longer apply");
    Run entity = ok(data(), "entity", "per-iens-stoltenberh");
    assertThat(entity.out()).contains("id        per-yyens-stoltenberh").contains("name      J. Stoltenberg");
  }

  @Test
  void reprocessingTwiceGivesTheSameStateAsOnce() throws IOException {
    ingestAndCorrect();
    ok(data(), "reprocess", LANGS);
    Map<String, String> once = state();
    String registryOnce = Files.readString(tmp.resolve("data/entities/entities.jsonl"));
    String profilesOnce = Files.readString(tmp.resolve("data/events/profiles.jsonl"));
    ok(data(), "reprocess", LANGS);
    assertThat(state()).isEqualTo(once);
    assertThat(Files.readString(tmp.resolve("data/entities/entities.jsonl"))).isEqualTo(registryOnce);
    assertThat(Files.readString(tmp.resolve("data/events/profiles.jsonl"))).isEqualTo(profilesOnce);
  }

  @Test
  void aBadThreadCountIsAUsageErrorNamingTheValueAndTheValidRange() {
    Run r = run(data(), "reprocess", "--threads", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'--threads': 0").contains("from 1 to 256");
    Run words = run(data(), "reprocess", "--threads", "many");
    assertThat(words.code()).isEqualTo(2);
    assertThat(words.err()).contains("many");
  }

  @Test
  void reprocessingAMissingOrEmptyDataDirectoryFailsWithExitCodeOne() throws IOException {
    Run missing = run(data(), "reprocess", LANGS);
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no data directory");
    Files.createDirectories(tmp.resolve("data"));
    Run empty = run(data(), "reprocess", LANGS);
    assertThat(empty.code()).isEqualTo(1);
    assertThat(empty.err()).contains("nothing to reprocess");
  }

  @Test
  void reprocessRefusesADataDirectoryThatAnotherWorkspaceHasOpen() {
    ok(data(), "ingest", LANGS, EXAMPLES.resolve("004_bcfb92fbb7ce6496.txt").toString());
    try (Workspace open = Workspace.open(tmp.resolve("data"), EntityNames.canonical())) {
      Run r = run(data(), "reprocess", LANGS);
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains("in use by another Storyline process");
      assertThat(run(data(), "articles").code()).as("readers still share the directory").isZero();
    }
    ok(data(), "reprocess", LANGS);
  }

  @Test
  void reprocessAnalysesWithTheLanguagesTheArticlesWereIngestedWithUnlessToldOtherwise() throws IOException {
    String italian = EXAMPLES.resolve("002_f1e8ce78a90227c4.txt").toString();
    ok(data(), "ingest", "--languages=pl,en", italian);
    Path settings = tmp.resolve("data/analysis.properties");
    assertThat(Files.readString(settings)).contains("languages=pl,en").contains("langid-accuracy=low");
    String asIngested = ok(data(), "articles").out();
    assertThat(asIngested).doesNotContain(" it ");

    Run same = ok(data(), "reprocess");
    assertThat(same.err()).doesNotContain("were analysed with");
    assertThat(ok(data(), "articles").out()).isEqualTo(asIngested);

    Run other = ok(data(), "reprocess", "--languages=it,en");
    assertThat(other.err()).contains("were analysed with --languages pl,en --langid-accuracy low; this run uses "
        + "--languages it,en --langid-accuracy low for all of them");
    assertThat(ok(data(), "articles").out()).contains(" it ");
    assertThat(Files.readString(settings)).contains("languages=it,en");
  }

  @Test
  void aBadValueInTheKeptSettingsIsAnErrorNamingTheValueAndTheFile() throws IOException {
    ok(data(), "ingest", LANGS, EXAMPLES.resolve("004_bcfb92fbb7ce6496.txt").toString());
    Path settings = tmp.resolve("data/analysis.properties");
    Files.writeString(settings, "languages=pl,en\nlangid-accuracy=medium\n");
    Run r = run(data(), "reprocess");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("'medium'").contains(settings.toString());
    ok(data(), "reprocess", "--langid-accuracy", "low");
  }
}
