package io.storyline.cli;

import static io.storyline.cli.CliTest.EXAMPLES;
import static io.storyline.cli.CliTest.LANGS;
import static io.storyline.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.cli.CliTest.Run;
import io.storyline.core.Outcome;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts that would hold an analysis thread for minutes (issue 21: a 10 MB paragraph; 90,000 times "2023"), between
 * the five examples, through the real command line and store: each is stored with the stages that finished within
 * its analysis time and listed as analysed in part, the news articles around them are stored whole, and every read
 * command works on the result.
 */
class HugeArticleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The analysis time of this test: small, so that the huge texts surely use it on any machine. */
  private static final String TIME = "2s";

  @TempDir Path tmp;

  /** The examples' prose (whitespace collapsed) repeated to {@code bytes} of UTF-8 in one paragraph. */
  private static String paragraph(List<String> examples, int bytes) {
    String prose = String.join(" ", examples.stream().map(t -> String.join(" ", t.split("\\s+"))).toList()) + " ";
    StringBuilder b = new StringBuilder(bytes);
    int size = 0;
    for (int i = 0; ; i = (i + 1) % prose.length()) {
      char c = prose.charAt(i);
      int width = Character.isSurrogate(c) ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      if (size + width > bytes || Character.isHighSurrogate(c) && size + 4 > bytes) {
        return b.toString();
      }
      b.append(c);
      size += width;
    }
  }

  private static String line(String id, String title, String text) {
    var o = JSON.createObjectNode().put("id", id);
    if (title != null) {
      o.put("title", title);
    }
    return o.put("text", text).toString();
  }

  @Test
  void aTenMegabyteParagraphAndNinetyThousandYearsAreStoredAnalysedInPartWhileTheNewsAroundThemIsStoredWhole()
      throws IOException {
    List<String> examples;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      examples = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
        try {
          return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    String huge = paragraph(examples, 10_000_000);
    assertThat(huge.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(9_999_990);
    String years = "Im Jahr 2023 stieg der Umsatz, 2023 war gut. ".repeat(45_000).strip();
    List<String> lines = new ArrayList<>();
    lines.add(line("news-0", null, examples.get(0)));
    lines.add(line("news-1", null, examples.get(1)));
    lines.add(line("ten-mb", "Ten megabytes in one paragraph", huge));
    lines.add(line("news-2", null, examples.get(2)));
    lines.add(line("news-3", null, examples.get(3)));
    lines.add(line("years", "2023 again", years));
    lines.add(line("news-4", null, examples.get(4)));
    Path input = Files.write(tmp.resolve("huge.jsonl"), lines, StandardCharsets.UTF_8);
    String data = "--data=" + tmp.resolve("data");

    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long wall = System.nanoTime();
    Run ingest = run(data, "ingest", LANGS, "--threads", "2", "--max-size", "32MB", "--analysis-time", TIME, input.toString());
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    System.out.printf("ingest of the huge texts and the examples: %.1f s wall, %.1f s processor time%n",
        (System.nanoTime() - wall) / 1e9, cpuSeconds);

    assertThat(ingest.code()).as(ingest.err()).isZero();
    // every thread of this JVM, JIT included; the texts' whole analysis took minutes of it (the writer's quotations alone)
    assertThat(cpuSeconds).as("processor seconds of the ingest").isLessThan(120);
    assertThat(ingest.out()).contains("7 stored").contains("0 failed").contains("2 of the stored analysed in part");
    assertThat(ingest.err()).contains("  partial: ").contains("article ten-mb analysed in part: stopped at stage '")
        .contains("article years analysed in part").contains("used the 2 s of processor time an article may take");

    Path exported = tmp.resolve("export.jsonl");
    Run export = run(data, "export", "--format", "jsonl", "-o", exported.toString());
    assertThat(export.code()).as(export.err()).isZero();
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (String l : Files.readAllLines(exported, StandardCharsets.UTF_8)) {
      JsonNode a = JSON.readTree(l);
      byId.put(a.path("id").asText(), a);
    }
    assertThat(byId.keySet()).containsExactlyInAnyOrder("news-0", "news-1", "ten-mb", "news-2", "news-3", "years", "news-4");
    assertThat(byId.get("ten-mb").path("text").asText()).isEqualTo(huge);
    for (String id : List.of("ten-mb", "years")) {
      assertThat(byId.get(id).path("meta").path(Outcome.Partial.META).asText()).as(id)
          .startsWith("partial: stopped at stage '").contains("; not analysed: ");
    }
    for (int i = 0; i < 5; i++) {
      JsonNode news = byId.get("news-" + i);
      assertThat(news.path("meta").has(Outcome.Partial.META)).as("news-%d analysed whole", i).isFalse();
    }

    for (String[] read : List.of(new String[] {"show", "ten-mb"}, new String[] {"show", "years"},
        new String[] {"entities"}, new String[] {"events"}, new String[] {"storylines"}, new String[] {"timeline"},
        new String[] {"search", "Rutte"})) {
      String[] args = Stream.concat(Stream.of(data), Stream.of(read)).toArray(String[]::new);
      Run r = run(args);
      assertThat(r.code()).as("%s: %s", List.of(read), r.err()).isZero();
    }
    assertThat(run(data, "search", "Rutte").out()).contains("news-0");
  }
}
