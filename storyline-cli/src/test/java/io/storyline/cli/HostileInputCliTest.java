package io.storyline.cli;

import static io.storyline.cli.CliTest.LANGS;
import static io.storyline.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.storyline.cli.CliTest.Run;
import io.storyline.core.LoneSurrogates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input through the real command line and a real store: random Unicode, formulas, limits, long reports. */
class HostileInputCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Pieces the fuzz draws from: what breaks text handling (escaped in JSON where JSON must escape them). */
  private static final String[] HOSTILE = {
      "\\ud800", "\\udc00", "\\udbff\\udfff", "\\u0000", "\\u202e", "\\u202d", "\\u2066", "\\u2069", "\\u200f",
      "\\u200b", "\\u200c", "\\u200d", "\\ufeff", "\\u2028", "\\u0085", "\\r", "\\t", "e\\u0301", "\\ud83d\\ude00",
      "\\ud83c\\udff3\\ufe0f\\u200d\\ud83c\\udf08", "שלום", "مرحبا", "Київ", "Łódź", "東京", "\\\\", "\\\"", "<b>", "&amp;"};
  private static final String[] WORDS = {"council", "budget", "mayor", "Warsaw", "Monday", "rada", "miasta", "депутати",
      "ухвалили", "consiglio", "bilancio", "gemeente", "begroting"};

  @TempDir Path tmp;

  private static List<JsonNode> jsonLines(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + l, e);
      }
    }).toList();
  }

  /** A JSON line whose text mixes words with hostile pieces, or null for a line of hostile pieces only. */
  private static String fuzzLine(Random random, int n) {
    StringBuilder text = new StringBuilder();
    int pieces = 5 + random.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      text.append(random.nextInt(3) == 0 ? HOSTILE[random.nextInt(HOSTILE.length)] : WORDS[random.nextInt(WORDS.length)])
          .append(random.nextInt(4) == 0 ? "" : " ");
      if (random.nextInt(10) == 0) { // any UTF-16 unit, surrogates and unassigned ones included
        text.append(String.format("\\u%04x", random.nextInt(0x10000)));
      }
    }
    String title = random.nextBoolean() ? ",\"title\":\"" + HOSTILE[random.nextInt(HOSTILE.length)] + " title\"" : "";
    return "{\"id\":\"fuzz-" + n + "\"" + title + ",\"text\":\"" + text + "\"}";
  }

  @Test
  void randomUnicodeSurvivesIngestExportAndReingestWithTheSameTextsAndHashes() throws IOException {
    Random random = new Random(21);
    int articles = 120;
    Path input = tmp.resolve("fuzz.jsonl");
    Files.writeString(input, IntStream.range(0, articles).mapToObj(i -> fuzzLine(random, i)).collect(Collectors.joining("\n"))
        + "\n");

    String first = "--data=" + tmp.resolve("first");
    Run ingest = run(first, "ingest", LANGS, "--all-problems", input.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    Path exported = tmp.resolve("first.jsonl");
    assertThat(run(first, "export", "--format", "jsonl", "-o", exported.toString()).code()).isZero();
    List<JsonNode> once = jsonLines(exported);
    long skipped = ingest.err().lines().filter(l -> l.startsWith("  skipped: ")).count();
    assertThat(once.size() + skipped).as("stored or skipped with a reason, every line: %s", ingest.err()).isEqualTo(articles);
    assertThat(once.size()).as("articles stored").isGreaterThan(articles * 9 / 10);
    System.out.printf("fuzz: %d lines, %d stored, %d skipped%n", articles, once.size(), skipped);
    for (JsonNode a : once) {
      assertThat(LoneSurrogates.count(a.path("text").asText())).as(a.path("id").asText()).isZero();
      assertThat(a.path("text").asText()).as(a.path("id").asText()).isNotBlank();
    }

    String second = "--data=" + tmp.resolve("second");
    Run again = run(second, "ingest", LANGS, exported.toString());
    assertThat(again.code()).as(again.err()).isZero();
    Path reexported = tmp.resolve("second.jsonl");
    assertThat(run(second, "export", "--format", "jsonl", "-o", reexported.toString()).code()).isZero();
    assertThat(byId(jsonLines(reexported), "text")).isEqualTo(byId(once, "text"));
    assertThat(byId(jsonLines(reexported), "contentHash")).isEqualTo(byId(once, "contentHash"));
    assertThat(byId(jsonLines(reexported), "title")).isEqualTo(byId(once, "title"));

    Path csv = tmp.resolve("first.csv");
    Run csvRun = run(first, "export", "--format", "csv", "-o", csv.toString());
    assertThat(csvRun.code()).as(csvRun.err()).isZero();
    assertThat(csvRows(csv)).extracting(row -> row.get("id")).containsExactlyInAnyOrderElementsOf(byId(once, "id").keySet());
  }

  private static Map<String, String> byId(List<JsonNode> articles, String field) {
    Map<String, String> out = new LinkedHashMap<>();
    articles.stream().sorted(java.util.Comparator.comparing(a -> a.path("id").asText()))
        .forEach(a -> out.put(a.path("id").asText(), a.path(field).asText()));
    return out;
  }

  private static List<Map<String, String>> csvRows(Path csv) throws IOException {
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      return rows.readAll();
    }
  }

  @Test
  void aCsvCellThatASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws IOException {
    Path input = tmp.resolve("formula.jsonl");
    Files.writeString(input, "{\"id\":\"formula\",\"title\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\","
        + "\"text\":\"+cmd|' /C calc'!A0 and the council of Warsaw met on Monday to discuss the budget.\","
        + "\"source\":\"@wire\"}\n"
        + "{\"id\":\"plain\",\"text\":\"The council of Gdańsk met on Tuesday; the vote was 12-3.\"}\n");
    String data = "--data=" + tmp.resolve("data");
    assertThat(run(data, "ingest", LANGS, input.toString()).code()).isZero();
    Path csv = tmp.resolve("out.csv");
    assertThat(run(data, "export", "--format", "csv", "-o", csv.toString()).code()).isZero();

    Map<String, Map<String, String>> rows = csvRows(csv).stream().collect(Collectors.toMap(r -> r.get("id"), r -> r));
    assertThat(rows.get("formula")).containsEntry("title", "'=HYPERLINK(\"http://evil.example\",\"x\")")
        .containsEntry("source", "'@wire");
    assertThat(rows.get("formula").get("cleanText")).startsWith("'+cmd|");
    assertThat(rows.get("plain").get("cleanText")).startsWith("The council of Gdańsk");
    assertThat(rows.values()).allSatisfy(r -> assertThat(r.values()).noneMatch(v -> v.matches("^[=+\\-@\\t\\r].*")));
  }

  @Test
  void aMaxSizeBeyondWhatCanBeReadIsAUsageErrorNamingTheRange() throws IOException {
    Path input = Files.writeString(tmp.resolve("a.txt"), "The council met on Monday.");
    for (String size : List.of("3GB", "0", "99999999999999999999KB")) {
      Run r = run("--data=" + tmp.resolve("data"), "ingest", "--max-size", size, input.toString());
      assertThat(r.code()).as(size + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).contains("'" + size + "' is not a size from 1B to 2047MB");
    }
  }

  @Test
  void theFirstTwentyProblemsAreListedAndAllOfThemOnRequest() throws IOException {
    Path input = tmp.resolve("broken.jsonl");
    Files.writeString(input, "{\"text\":\"The council of Warsaw met on Monday to discuss the budget.\"}\n"
        + "{broken\n".repeat(28));
    String data = "--data=" + tmp.resolve("data");
    Run some = run(data, "ingest", LANGS, input.toString());
    assertThat(some.err().lines().filter(l -> l.startsWith("  skipped: "))).hasSize(20);
    assertThat(some.err()).contains("  ... and 8 more skipped (--all-problems lists them all)");
    Run all = run(data, "ingest", LANGS, "--all-problems", input.toString());
    assertThat(all.err().lines().filter(l -> l.startsWith("  skipped: "))).hasSize(28).last().asString()
        .startsWith("  skipped: " + input + ":29: invalid JSON");
    assertThat(all.err()).doesNotContain("more skipped");
  }
}
