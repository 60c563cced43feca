package io.storyline.cli;

import static io.storyline.cli.CliTest.LANGS;
import static io.storyline.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.app.DataCopy;
import io.storyline.app.Storage;
import io.storyline.cli.CliTest.Run;
import io.storyline.core.Article;
import io.storyline.entities.log.JsonlFile;
import io.storyline.entities.registry.RegistryEvent;
import io.storyline.events.Chronicle;
import io.storyline.events.Profile;
import io.storyline.events.StorylineCorrection;
import io.storyline.store.LuceneArticleStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lone surrogates in the input and logs torn by a crash, through the real command line and a real store. */
class HostileDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LONE = "{\"id\":\"s\",\"title\":\"Lone \\ud800 title\","
      + "\"text\":\"Lone \\ud800 surrogate in an article text long enough. And a low one \\udc00 too.\"}\n";

  @TempDir Path tmp;
  @TempDir static Path shared;

  @BeforeAll
  static void ingestTheExamplesOnce() {
    Run r = run("--data=" + shared.resolve("examples"), "ingest", LANGS, CliTest.EXAMPLES.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    return text.lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + l, e);
      }
    }).toList();
  }

  @Test
  void aLoneSurrogateBecomesUFFFDAtIngestIsRecordedAndSurvivesExportAndReingestUnchanged() throws IOException {
    Path input = tmp.resolve("s.jsonl");
    Files.writeString(input, LONE);
    String data = "--data=" + tmp.resolve("data");
    assertThat(run(data, "ingest", LANGS, input.toString()).code()).isZero();
    Path out = tmp.resolve("out.jsonl");
    Run export = run(data, "export", "--format", "jsonl", "-o", out.toString());
    assertThat(export.code()).as(export.err()).isZero();
    JsonNode a = lines(out).getFirst();
    String expected = "Lone \uFFFD surrogate in an article text long enough. And a low one \uFFFD too.";
    assertThat(a.path("text").asText()).isEqualTo(expected);
    assertThat(a.path("title").asText()).isEqualTo("Lone \uFFFD title");
    assertThat(a.path("meta").path("repaired").asText())
        .isEqualTo("text: 2 lone surrogates; title: 1 lone surrogate replaced by U+FFFD");

    String again = "--data=" + tmp.resolve("again");
    assertThat(run(again, "ingest", LANGS, out.toString()).code()).isZero();
    Path out2 = tmp.resolve("out2.jsonl");
    assertThat(run(again, "export", "--format", "jsonl", "-o", out2.toString()).code()).isZero();
    JsonNode b = lines(out2).getFirst();
    assertThat(b.path("text").asText()).isEqualTo(expected);
    assertThat(b.path("contentHash")).isEqualTo(a.path("contentHash"));
    assertThat(b.path("meta").has("repaired")).isFalse();

    Path csv = tmp.resolve("out.csv");
    assertThat(run(data, "export", "--format", "csv", "-o", csv.toString()).code()).isZero();
    assertThat(Files.readString(csv)).contains(expected);
  }

  @Test
  void anArticleAnOlderVersionStoredWithALoneSurrogateExportsWhole() throws IOException {
    Path dir = tmp.resolve("old");
    String text = "Old \ud800 text stored before ingest repaired it, long enough.";
    try (LuceneArticleStore store = Storage.open(dir)) {
      store.put(Article.of("a-old", "test", null, null, text, Map.of()));
      store.put(Article.of("b-next", "test", null, null, "The next article, which must not go missing.", Map.of()));
      store.commit();
    }
    Path out = tmp.resolve("old.jsonl");
    Run r = run("--data=" + dir, "export", "--format", "jsonl", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> exported = lines(out);
    assertThat(exported).extracting(n -> n.path("id").asText()).containsExactly("a-old", "b-next");
    assertThat(exported.getFirst().path("text").asText()).isEqualTo(text); // escaped as \uD800, read back the same
    assertThat(Files.readString(out)).contains("Old \\uD800 text");

    Path csv = tmp.resolve("old.csv");
    Run c = run("--data=" + dir, "export", "--format", "csv", "-o", csv.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.err()).contains("article a-old: 1 lone surrogate(s) in 'cleanText'");
    assertThat(Files.readString(csv)).contains("Old \uFFFD text", "The next article");
  }

  /** Cuts {@code file} inside a multi-byte character of its last line (else in its middle). */
  private static void tearInsideACharacter(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int lastStart = lastLineStart(bytes);
    int cut = (lastStart + bytes.length) / 2;
    for (int i = lastStart; i < bytes.length; i++) {
      if ((bytes[i] & 0xC0) == 0x80) {
        cut = i;
        break;
      }
    }
    Files.write(file, Arrays.copyOf(bytes, cut));
  }

  private static int lastLineStart(byte[] bytes) {
    int i = bytes.length - 2;
    while (i >= 0 && bytes[i] != '\n') {
      i--;
    }
    return i + 1;
  }

  @Test
  void everyReadCommandWorksOnADataDirectoryWhoseLogsWereTornInsideACharacterAndTheNextIngestRepairsThem()
      throws IOException {
    Path dir = DataCopy.of(shared.resolve("examples"), tmp.resolve("data"));
    Path entities = dir.resolve("entities").resolve("entities.jsonl");
    Path profiles = dir.resolve("events").resolve("profiles.jsonl");
    Path corrections = dir.resolve("events").resolve("storyline-corrections.jsonl");
    String data = "--data=" + dir;
    String storyline = run(data, "storylines").out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
    String event = run(data, "events").out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
    Run split = run(data, "storyline", "split", storyline, "--events", event, "--by", "Łucja Київська");
    assertThat(split.code()).as(split.err()).isZero();
    assertThat(Files.readString(corrections)).contains("Київська");
    for (Path log : List.of(entities, profiles, corrections)) {
      tearInsideACharacter(log);
      assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).doesNotEndWith("\n");
    }
    for (String[] command : List.of(new String[] {"entities"}, new String[] {"articles"}, new String[] {"events"},
        new String[] {"storylines"}, new String[] {"timeline"})) {
      String[] args = new String[command.length + 1];
      args[0] = data;
      System.arraycopy(command, 0, args, 1, command.length);
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", command) + ": " + r.err()).isZero();
      assertThat(r.out()).as(String.join(" ", command)).isNotBlank();
    }
    Path out = tmp.resolve("torn.jsonl");
    Run export = run(data, "export", "--format", "jsonl", "-o", out.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(lines(out)).hasSize(5);
    Path news = tmp.resolve("new.txt");
    Files.writeString(news, "Mark Rutte met Olaf Scholz in Berlin on Monday to talk about the NATO summit in Vilnius.");
    Run ingest = run(data, "ingest", LANGS, news.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    for (Path log : List.of(entities, profiles)) {
      assertThat(Files.readString(log)).as(log.toString()).endsWith("\n").contains("Scholz");
      assertThat(log.resolveSibling(log.getFileName() + ".cut")).isNotEmptyFile();
    }
    assertThat(run(data, "entities").code()).isZero();
  }

  @Test
  void entitiesWorksWhenTheSeenRecordOfANewEntityWasTornAway() throws IOException {
    Path dir = DataCopy.of(shared.resolve("examples"), tmp.resolve("data"));
    Path entities = dir.resolve("entities").resolve("entities.jsonl");
    List<String> lines = Files.readAllLines(entities);
    int lastCreated = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"op\":\"created\"") && i + 1 < lines.size() && lines.get(i + 1).contains("\"op\":\"seen\"")) {
        lastCreated = i;
      }
    }
    assertThat(lastCreated).isNotNegative();
    // keep every line up to the creation, then half of the next ("seen") line: the entity exists but no mention does
    String kept = String.join("\n", lines.subList(0, lastCreated + 1)) + "\n" + lines.get(lastCreated + 1).substring(0, 20);
    Files.writeString(entities, kept);
    Run r = run("--data=" + dir, "entities");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("Exception");
    String createdId = JSON.readTree(lines.get(lastCreated)).path("id").asText();
    assertThat(r.out()).doesNotContain(createdId + " ");
  }

  @Test
  void everyLogOfARealDataDirectoryCutAtAnyByteOfItsLastRecordReadsEveryCompleteRecordAndTakesTheNextAppend()
      throws IOException {
    Path dir = DataCopy.of(shared.resolve("examples"), tmp.resolve("data"));
    String data = "--data=" + dir;
    String storyline = run(data, "storylines").out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
    String event = run(data, "events").out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
    assertThat(run(data, "storyline", "split", storyline, "--events", event, "--by", "Łucja Київська").code()).isZero();
    // thousands of torn tails: their warnings would dominate the time
    java.util.logging.Logger warnings = java.util.logging.Logger.getLogger(JsonlFile.class.getName());
    warnings.setLevel(java.util.logging.Level.OFF);
    int inside = 0; // cuts inside a multi-byte character (the profiles' and the correction's last records have some)
    inside += cutAtEveryByteOfTheLastRecord(dir.resolve("entities").resolve("entities.jsonl"), RegistryEvent.class);
    inside += cutAtEveryByteOfTheLastRecord(dir.resolve("events").resolve(Chronicle.PROFILES), Profile.class);
    inside += cutAtEveryByteOfTheLastRecord(dir.resolve("events").resolve(Chronicle.CORRECTIONS),
        StorylineCorrection.class);
    warnings.setLevel(null);
    assertThat(inside).isPositive();
  }

  /**
   * Cuts a copy of {@code log} at every byte of its last record, reads it, and appends the lost record again (at
   * every cut inside a character, near both ends, and every 50th byte); returns how many cuts fell inside a character.
   */
  private <T> int cutAtEveryByteOfTheLastRecord(Path log, Class<T> type) throws IOException {
    byte[] full = Files.readAllBytes(log);
    // the last two records: every complete one before the cut is the one before the last
    byte[] whole = Arrays.copyOfRange(full, Math.max(0, lastLineStart(Arrays.copyOf(full, lastLineStart(full)))),
        full.length);
    List<T> all = JsonlFile.read(log, type);
    all = all.subList(Math.max(0, all.size() - 2), all.size());
    int lastStart = lastLineStart(whole);
    JsonNode allJson = JSON.valueToTree(all);
    JsonNode completeJson = JSON.valueToTree(all.subList(0, all.size() - 1));
    Path copy = tmp.resolve("cuts").resolve(log.getFileName().toString());
    Files.createDirectories(copy.getParent());
    int inside = 0;
    for (int cut = lastStart; cut <= whole.length; cut++) {
      Files.write(copy, Arrays.copyOf(whole, cut));
      Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + ".cut"));
      boolean inChar = cut < whole.length && (whole[cut] & 0xC0) == 0x80;
      inside += inChar ? 1 : 0;
      JsonNode expected = cut == whole.length ? allJson : completeJson;
      assertThat((JsonNode) JSON.valueToTree(JsonlFile.read(copy, type))).as("%s cut at %d", log, cut).isEqualTo(expected);
      if (type == Profile.class) {
        assertThat(Chronicle.articleOrder(copy.getParent())).as("article order, cut at %d", cut)
            .hasSize(expected.size()); // the examples are one article each
      }
      // an append fsyncs (some 20 ms): it is tried inside characters, near both ends and every 50th byte
      boolean append = inChar || cut - lastStart < 3 || whole.length - cut < 3 || cut % 50 == 0;
      try (JsonlFile<T> file = new JsonlFile<>(copy, type)) {
        assertThat((JsonNode) JSON.valueToTree(file.replay())).as("%s cut at %d", log, cut).isEqualTo(expected);
        if (!append) {
          continue;
        }
        if (cut < whole.length) {
          file.append(List.of(all.getLast()));
        }
      }
      assertThat((JsonNode) JSON.valueToTree(JsonlFile.read(copy, type))).as("%s cut at %d, appended", log, cut)
          .isEqualTo(allJson);
    }
    return inside;
  }
}
