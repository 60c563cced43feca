package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the hostile-input corpus kept as files under {@code src/test/resources/io/storyline/ingest/hostile}: each
 * row of its {@code cases.tsv} names a file and what ingest must make of it. Inputs that cannot be kept as files
 * (named pipes, symbolic link loops) are made here.
 */
class HostileInputTest {
  private static final String CORPUS = "/io/storyline/ingest/hostile/";

  @TempDir
  Path dir;

  /** One row of {@code cases.tsv}. */
  record Case(String file, int stored, List<String> rejected, List<String> holds, List<String> lacks) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> corpus() throws IOException {
    try (InputStream in = Objects.requireNonNull(HostileInputTest.class.getResourceAsStream(CORPUS + "cases.tsv"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", -1))
          .map(c -> new Case(c[0], Integer.parseInt(c[1]), list(c[2], ", "), list(unescape(c[3]), " | "),
              list(unescape(c[4]), " | ")))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachHostileFileIsStoredLineByLineOrRejectedWithItsReasonAndTheRestGoesOn(Case c) throws IOException {
    Path file = dir.resolve(c.file());
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(CORPUS + c.file()), c.file())) {
      Files.write(file, in.readAllBytes());
    }
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults()).ingest(List.of(file.toString()), InputStream.nullInputStream(), sink);

    assertThat(sink.articles).as("articles stored from %s", c.file()).hasSize(c.stored());
    assertThat(sink.rejections).as("rejections of %s", c.file()).hasSameSizeAs(c.rejected());
    for (int i = 0; i < c.rejected().size(); i++) {
      String[] where = c.rejected().get(i).split(": ", 2);
      CollectingSink.Rejection r = sink.rejections.get(i);
      assertThat(r.location()).isEqualTo(where[0].equals("file") ? file.toString() : file + ":" + where[0]);
      assertThat(r.reason()).contains(where[1]);
    }
    String all = sink.articles.stream().map(a -> a.text() + "\n" + a.displayTitle() + "\n" + a.id())
        .reduce("", String::concat);
    c.holds().forEach(h -> assertThat(all).as("text of %s", c.file()).contains(h));
    c.lacks().forEach(l -> assertThat(all).as("text of %s", c.file()).doesNotContain(l));
  }

  @Test
  void aNamedPipeGivenAsAPathIsRefusedWithTheStandardInputWayInsteadOfWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("feed.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();

    CollectingSink sink = new CollectingSink();
    Thread ingest = new Thread(() -> new Ingestor(IngestOptions.defaults())
        .ingest(List.of(fifo.toString(), dir.toString()), InputStream.nullInputStream(), sink));
    ingest.setDaemon(true);
    ingest.start();
    ingest.join(Duration.ofSeconds(20));
    if (ingest.isAlive()) {
      try (OutputStream writer = Files.newOutputStream(fifo)) { // lets the blocked open return
        writer.flush();
      }
      fail("ingest was still waiting for a writer on " + fifo + " after 20 s");
    }

    assertThat(sink.rejections).extracting(CollectingSink.Rejection::location).containsExactly(fifo.toString(), fifo.toString());
    assertThat(sink.rejections).allSatisfy(r -> assertThat(r.reason()).contains("not a regular file", "storyline ingest - <"));
  }

  @Test
  void aSymbolicLinkLoopIsReportedAsALoopAndABrokenLinkAsBroken() throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.createSymbolicLink(a, b.getFileName());
    Files.createSymbolicLink(b, a.getFileName());
    Path broken = Files.createSymbolicLink(dir.resolve("gone.txt"), Path.of("nowhere.txt"));

    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults()).ingest(List.of(a.toString(), dir.toString()), InputStream.nullInputStream(), sink);

    assertThat(sink.rejections).extracting(CollectingSink.Rejection::location, CollectingSink.Rejection::reason).containsExactly(
        tuple(a.toString(), "symbolic link loop: " + a + " -> b.txt -> a.txt"),
        tuple(a.toString(), "symbolic link loop: " + a + " -> b.txt -> a.txt"),
        tuple(b.toString(), "symbolic link loop: " + b + " -> a.txt -> b.txt"),
        tuple(broken.toString(), "broken symbolic link: " + broken + " -> nowhere.txt does not exist"));
  }

  private static List<String> list(String column, String separator) {
    return column.isEmpty() || column.equals("-") ? List.of() : Arrays.asList(column.split(Pattern.quote(separator)));
  }

  /** {@code \}{@code uXXXX} escapes in the table, for characters that cannot be seen. */
  private static String unescape(String column) {
    Matcher m = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(column);
    return m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1), 16))));
  }
}
