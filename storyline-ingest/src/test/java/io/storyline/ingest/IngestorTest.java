package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.storyline.core.Article;
import io.storyline.ingest.CollectingSink.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

  private static final String PARAGRAPH = "Die Stadtverwaltung hat am Montag neue Regeln für den Verkehr in der "
      + "Innenstadt vorgestellt, die ab März gelten sollen. Anwohner, Händler und Pendler reagierten gemischt, "
      + "viele begrüßten jedoch die geplanten Radwege und die längeren Grünphasen an den Ampeln.";
  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  @TempDir
  Path dir;

  private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

  private CollectingSink ingest(String... inputs) {
    return ingest(NO_STDIN, inputs);
  }

  private CollectingSink ingest(InputStream stdin, String... inputs) {
    CollectingSink sink = new CollectingSink();
    ingestor.ingest(List.of(inputs), stdin, sink);
    return sink;
  }

  private String write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private String write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file.toString();
  }

  private static InputStream stdin(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAPlainTextFileAsOneArticleKeepingItsTextAsWritten() throws IOException {
    String path = write("note.txt", "\uFEFFHeadline\r\n\r\nFirst  paragraph,\tspaced  as written.\rSecond line.\n");
    CollectingSink sink = ingest(path);
    assertThat(sink.rejections).isEmpty();
    Article article = sink.articles.getFirst();
    assertThat(article.text()).isEqualTo("Headline\n\nFirst  paragraph,\tspaced  as written.\nSecond line.\n");
    assertThat(article.source()).isEqualTo(path);
    assertThat(article.title()).isNull();
    assertThat(article.meta()).containsEntry("charset", "UTF-8");
  }

  @Test
  void readsAnHtmlFileIntoItsArticle() throws IOException {
    String path = write("story.htm", "<html><head><title>Neue Verkehrsregeln</title>"
        + "<link rel=canonical href=\"https://zeitung.example/verkehr\"></head>"
        + "<body><nav><a href=/>Start</a></nav><article><p>" + PARAGRAPH + "</p></article></body></html>");
    Article article = ingest(path).articles.getFirst();
    assertThat(article.text()).isEqualTo(PARAGRAPH);
    assertThat(article.title()).isEqualTo("Neue Verkehrsregeln");
    assertThat(article.url()).isEqualTo("https://zeitung.example/verkehr");
    assertThat(article.source()).isEqualTo(path);
    assertThat(article.meta()).containsEntry("charset", "UTF-8");
  }

  @Test
  void recordsAFilesTimeSoThatNoPublicationDateAfterItIsGiven() throws IOException {
    String path = write("saved.html", "<html><body><p>" + PARAGRAPH + "</p></body></html>");
    Files.setLastModifiedTime(Path.of(path), java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-07-12T10:00:00Z")));
    assertThat(ingest(path).articles.getFirst().meta()).containsEntry("file:modified", "2024-07-12T10:00:00Z");
  }

  @Test
  void readsJsonLinesWithEveryField() throws IOException {
    String path = write("feed.jsonl", """
        {"id": "de-1", "url": "https://zeitung.example/1", "title": "Verkehr", "text": "Erster\\r\\nText", "published": "2024-03-01", "lang": "de", "source": "zeitung.example"}
        {"text": "Zweiter Text"}
        """);
    CollectingSink sink = ingest(path);
    assertThat(sink.rejections).isEmpty();
    Article first = sink.articles.get(0);
    assertThat(first.id()).isEqualTo("de-1");
    assertThat(first.url()).isEqualTo("https://zeitung.example/1");
    assertThat(first.title()).isEqualTo("Verkehr");
    assertThat(first.text()).isEqualTo("Erster\nText");
    assertThat(first.source()).isEqualTo("zeitung.example");
    assertThat(first.meta()).isEqualTo(Map.of(
        "published", "2024-03-01", "lang", "de", "file", path + ":1", "charset", "UTF-8"));
    Article second = sink.articles.get(1);
    assertThat(second.source()).isEqualTo(path);
    assertThat(second.id()).isEqualTo(Article.deriveId(second.contentHash()));
    assertThat(second.meta()).containsEntry("file", path + ":2").doesNotContainKeys("published", "lang");
  }

  @Test
  void aLoneSurrogateInAJsonLineBecomesUFFFDInEveryFieldButTheIdAndTheArticleSaysSo() throws IOException {
    String path = write("lone.jsonl", "{\"title\": \"a\\ud800\", \"text\": \"Lone \\udc00 low and \\ud83d\\ude00 a pair.\"}\n"
        + "{\"id\": \"b\", \"html\": \"<html><body><p>" + PARAGRAPH + " \\ud800</p></body></html>\"}\n"
        + "{\"id\": \"c\\ud800\", \"text\": \"An id no request could name.\"}\n");
    CollectingSink sink = ingest(path);
    assertThat(sink.rejections).extracting(Rejection::location).containsExactly(path + ":3");
    assertThat(sink.rejections.getFirst().reason()).startsWith("bad 'id' 'c\uFFFD': ids are 1 to 200 letters");
    Article text = sink.articles.getFirst();
    assertThat(text.title()).isEqualTo("a\uFFFD");
    assertThat(text.text()).isEqualTo("Lone \uFFFD low and \uD83D\uDE00 a pair."); // a whole pair stays
    assertThat(text.meta()).containsEntry("repaired", "text: 1 lone surrogate; title: 1 lone surrogate replaced by U+FFFD");
    Article html = sink.articles.get(1);
    assertThat(html.text()).endsWith(" \uFFFD");
    assertThat(html.meta()).containsEntry("repaired", "html: 1 lone surrogate replaced by U+FFFD");
  }

  @Test
  void extractsTheHtmlOfAJsonLineAndPrefersTheLinesOwnFields() throws IOException {
    String page = "<html><head><title>Seitentitel</title><meta property=\\\"article:published_time\\\" "
        + "content=\\\"2024-03-01T09:00\\\"></head><body><nav><a href=/>Start</a></nav><p>" + PARAGRAPH + "</p></body></html>";
    String path = write("pages.ndjson", "{\"id\": \"p1\", \"html\": \"" + page + "\"}\n"
        + "{\"id\": \"p2\", \"title\": \"Eigener Titel\", \"url\": \"https://z.example/2\", \"html\": \"" + page + "\"}\n");
    CollectingSink sink = ingest(path);
    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles).extracting(Article::id, Article::title, Article::url, Article::text).containsExactly(
        tuple("p1", "Seitentitel", null, PARAGRAPH),
        tuple("p2", "Eigener Titel", "https://z.example/2", PARAGRAPH));
    assertThat(sink.articles.getFirst().meta())
        .containsEntry("meta:article:published_time", "2024-03-01T09:00")
        .containsEntry("file", path + ":1");
  }

  @Test
  void rejectsBadJsonLinesByLineNumberAndReadsTheRest() throws IOException {
    String path = write("mixed.json", """
        {"text": "eins"}

        {"text": "zwei", oops}
        ["not", "an", "object"]
        {"title": "no text"}
        {"text": "   "}
        {"text": {"nested": true}}
        {"html": "<html><body><nav><a href=/>Start</a></nav></body></html>"}
        {"text": "drei"} trailing
        {"text": "vier"}
        """);
    CollectingSink sink = ingest(path);
    assertThat(sink.texts()).containsExactly("eins", "vier");
    assertThat(sink.rejections).extracting(Rejection::location).containsExactly(
        path + ":3", path + ":4", path + ":5", path + ":6", path + ":7", path + ":8", path + ":9");
    assertThat(sink.rejections.get(0).reason()).startsWith("invalid JSON: Unexpected character ('o'");
    assertThat(sink.rejections).extracting(Rejection::reason).element(1).isEqualTo("line is an array, not a JSON object");
    assertThat(sink.rejections).extracting(Rejection::reason).element(2).isEqualTo("line has neither 'text' nor 'html'");
    assertThat(sink.rejections).extracting(Rejection::reason).element(3).isEqualTo("'text' is blank");
    assertThat(sink.rejections).extracting(Rejection::reason).element(4).isEqualTo("'text' is an object, not a string");
    assertThat(sink.rejections).extracting(Rejection::reason).element(5).isEqualTo("HTML page has no article text");
    assertThat(sink.rejections).extracting(Rejection::reason).element(6).asString().startsWith("invalid JSON: ");
    assertThat(sink.events).containsExactly("article " + path, "reject " + path + ":3", "reject " + path + ":4",
        "reject " + path + ":5", "reject " + path + ":6", "reject " + path + ":7", "reject " + path + ":8",
        "reject " + path + ":9", "article " + path);
  }

  @Test
  void walksADirectoryRecursivelyInSortedOrderSkippingHiddenEntries() throws IOException {
    write("corpus/b.txt", "b");
    write("corpus/a/z.txt", "a/z");
    write("corpus/a/c/d.txt", "a/c/d");
    write("corpus/c.jsonl", "{\"text\": \"c1\"}\n{\"text\": \"c2\"}\n");
    write("corpus/.hidden.txt", "hidden");
    write("corpus/.git/config", "hidden too");
    CollectingSink sink = ingest(dir.resolve("corpus") + "/");
    assertThat(sink.rejections).isEmpty();
    assertThat(sink.texts()).containsExactly("a/c/d", "a/z", "b", "c1", "c2");
    Path corpus = dir.resolve("corpus");
    assertThat(sink.sources()).containsExactly(corpus.resolve("a/c/d.txt").toString(), corpus.resolve("a/z.txt").toString(),
        corpus.resolve("b.txt").toString(), corpus.resolve("c.jsonl").toString(), corpus.resolve("c.jsonl").toString());
  }

  @Test
  void keepsThePathAsGivenAndTheInputOrder() throws IOException {
    write("sub/one.txt", "one");
    write("two.txt", "two");
    CollectingSink sink = new CollectingSink();
    new Ingestor(IngestOptions.defaults()).ingest(
        List.of(dir.resolve("two.txt").toString(), dir + "/./sub"), NO_STDIN, sink);
    assertThat(sink.sources()).containsExactly(dir.resolve("two.txt").toString(), dir + "/./sub/one.txt");
  }

  @Test
  void sniffsTheFormatOfFilesWithoutAKnownExtension() throws IOException {
    write("in/README", "Just words.");
    write("in/dump.dat", "  {\"text\": \"from json\"}\n");
    write("in/page.php", "<!DOCTYPE html><html><body><p>" + PARAGRAPH + "</p></body></html>");
    CollectingSink sink = ingest(dir.resolve("in").toString());
    assertThat(sink.rejections).isEmpty();
    assertThat(sink.texts()).containsExactly("Just words.", "from json", PARAGRAPH);
  }

  @Test
  void reportsEveryBadFileWithItsReasonWhileTheGoodOnesArrive() throws IOException {
    write("in/1-good.txt", "first good");
    write("in/2-binary.dat", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    write("in/3-empty.txt", "");
    write("in/4-blank.md", " \n\t\n");
    write("in/5-nothing.html", "<html><body><script>var x;</script></body></html>");
    write("in/6-good.txt", "second good");
    Path in = dir.resolve("in");
    CollectingSink sink = ingest(in.toString(), dir.resolve("missing.txt").toString());
    assertThat(sink.texts()).containsExactly("first good", "second good");
    assertThat(sink.rejections).containsExactly(
        new Rejection(in.resolve("2-binary.dat").toString(), "binary file"),
        new Rejection(in.resolve("3-empty.txt").toString(), "empty file"),
        new Rejection(in.resolve("4-blank.md").toString(), "no text, only whitespace"),
        new Rejection(in.resolve("5-nothing.html").toString(), "HTML page has no article text"),
        new Rejection(dir.resolve("missing.txt").toString(), "no such file or directory"));
  }

  @Test
  void rejectsAFileOverTheSizeLimit() throws IOException {
    String big = write("big.txt", "x".repeat(101));
    String fits = write("fits.txt", "y".repeat(100));
    CollectingSink sink = new CollectingSink();
    new Ingestor(new IngestOptions(100)).ingest(List.of(big, fits), NO_STDIN, sink);
    assertThat(sink.rejections).containsExactly(
        new Rejection(big, "file is 101 bytes, over the limit of 100 (set --max-size)"));
    assertThat(sink.texts()).containsExactly("y".repeat(100));
  }

  @Test
  void appliesTheSizeLimitToEachJsonLineSoLargeFeedsStream() throws IOException {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      feed.append("{\"id\":\"n").append(i).append("\",\"text\":\"short news ").append(i).append("\"}\n");
    }
    feed.append("{\"id\":\"huge\",\"text\":\"").append("z".repeat(300)).append("\"}\n");
    feed.append("{\"id\":\"after\",\"text\":\"still read\"}");
    String file = write("feed.jsonl", feed.toString());
    CollectingSink sink = new CollectingSink();
    new Ingestor(new IngestOptions(200)).ingest(List.of(file), NO_STDIN, sink);
    assertThat(Files.size(Path.of(file))).isGreaterThan(200);
    assertThat(sink.articles).hasSize(51);
    assertThat(sink.articles.getLast().id()).isEqualTo("after");
    assertThat(sink.rejections).containsExactly(
        new Rejection(file + ":51", "line is over the limit of 200 bytes (set --max-size)"));
  }

  @Test
  void rejectsAnEmptyJsonLinesFile() throws IOException {
    String file = write("empty.jsonl", new byte[0]);
    assertThat(ingest(file).rejections).containsExactly(new Rejection(file, "empty file"));
  }

  @Test
  void refusesASizeLimitBelowOneByte() {
    assertThatThrownBy(() -> new IngestOptions(0)).hasMessageContaining("got 0");
  }

  @Test
  void detectsTheCharsetOfAFileThatIsNotUtf8() throws IOException {
    String polish = Seeds.text("000");
    String path = write("pl.txt", polish.getBytes(Charset.forName("windows-1250")));
    Article article = ingest(path).articles.getFirst();
    assertThat(article.text()).isEqualTo(polish);
    assertThat(article.meta()).containsEntry("charset", "windows-1250");
  }

  @Test
  void readsALegacyEncodedHtmlPageByItsDeclaredCharset() throws IOException {
    String ukrainian = Seeds.text("001").lines().filter(line -> line.length() > 80).findFirst().orElseThrow();
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-u\"></head>"
        + "<body><p>" + ukrainian + "</p></body></html>";
    Article article = ingest(write("uk.html", html.getBytes(Charset.forName("KOI8-U")))).articles.getFirst();
    assertThat(article.text()).isEqualTo(ukrainian);
    assertThat(article.meta()).containsEntry("charset", "KOI8-U");
  }

  @Test
  void reportsAFileItMayNotRead() throws IOException {
    String locked = write("locked.txt", "secret");
    String open = write("open.txt", "public");
    Files.setPosixFilePermissions(Path.of(locked), PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(Path.of(locked)), "running as root: every file is readable");
    CollectingSink sink = ingest(locked, open);
    assertThat(sink.rejections).containsExactly(new Rejection(locked, "permission denied"));
    assertThat(sink.texts()).containsExactly("public");
  }

  @Test
  void reportsTheSystemsReasonWhenAPathCannotBeOpened() throws IOException {
    String file = write("plain.txt", "text");
    CollectingSink sink = ingest(file + "/inner.txt", "");
    assertThat(sink.rejections).containsExactly(
        new Rejection(file + "/inner.txt", "Not a directory"), new Rejection("", "empty path"));
  }

  @Test
  void reportsASymbolicLinkLoopInsteadOfFollowingItForever() throws IOException {
    write("tree/a/story.txt", "story");
    Files.createSymbolicLink(dir.resolve("tree/a/back"), dir.resolve("tree"));
    Files.createSymbolicLink(dir.resolve("tree/dangling.txt"), dir.resolve("nowhere"));
    CollectingSink sink = ingest(dir.resolve("tree").toString());
    assertThat(sink.texts()).containsExactly("story");
    assertThat(sink.rejections).extracting(Rejection::location).containsExactly(
        dir.resolve("tree/a/back").toString(), dir.resolve("tree/dangling.txt").toString());
    assertThat(sink.rejections.get(0).reason()).startsWith("symbolic link loop");
    assertThat(sink.rejections.get(1).reason())
        .isEqualTo("broken symbolic link: " + dir.resolve("tree/dangling.txt") + " -> " + dir.resolve("nowhere") + " does not exist");
  }

  @Test
  void readsJsonLinesFromStdin() {
    CollectingSink sink = ingest(stdin("\n  {\"text\": \"eins\"}\n{broken\n{\"text\": \"zwei\", \"source\": \"wire\"}\n"), "-");
    assertThat(sink.texts()).containsExactly("eins", "zwei");
    assertThat(sink.sources()).containsExactly("stdin", "wire");
    assertThat(sink.articles.getFirst().meta()).containsEntry("file", "stdin:2");
    assertThat(sink.rejections).extracting(Rejection::location).containsExactly("stdin:3");
  }

  @Test
  void readsOtherStdinAsOnePlainTextArticle() {
    CollectingSink sink = ingest(stdin("Plain words\r\nfrom a pipe.\n"), "-");
    assertThat(sink.articles).singleElement().satisfies(article -> {
      assertThat(article.text()).isEqualTo("Plain words\nfrom a pipe.\n");
      assertThat(article.source()).isEqualTo("stdin");
    });
  }

  @Test
  void reportsEmptyStdin() {
    assertThat(ingest(stdin(""), "-").rejections).containsExactly(new Rejection("stdin", "empty input"));
  }

  @Test
  void neverThrowsOnRandomBytes() throws IOException {
    Random random = new Random(20240601);
    String[] names = {"x.txt", "x.html", "x.jsonl", "x.bin", "x"};
    String[] prefixes = {"", "{\"text\": \"", "<html><body><p>", "\uFEFF", "{"};
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      byte[] noise = new byte[random.nextInt(i % 10 == 0 ? 20_000 : 300)];
      random.nextBytes(noise);
      if (i % 3 == 0) {
        for (int j = 0; j < noise.length; j++) {
          noise[j] = (byte) (0x20 + (noise[j] & 0x7F) % 0x60 | noise[j] & 0x80);
        }
      }
      byte[] prefix = prefixes[i % prefixes.length].getBytes(StandardCharsets.UTF_8);
      byte[] content = new byte[prefix.length + noise.length];
      System.arraycopy(prefix, 0, content, 0, prefix.length);
      System.arraycopy(noise, 0, content, prefix.length, noise.length);
      inputs.add(write("random/" + i + "-" + names[i % names.length], content));
    }
    byte[] stdinNoise = new byte[5000];
    random.nextBytes(stdinNoise);
    inputs.add("-");
    CollectingSink sink = new CollectingSink();
    assertThatCode(() -> ingestor.ingest(inputs, new ByteArrayInputStream(stdinNoise), sink)).doesNotThrowAnyException();
    assertThat(sink.events.size()).isGreaterThanOrEqualTo(inputs.size());
    assertThat(sink.rejections).allSatisfy(rejection -> assertThat(rejection.reason()).isNotBlank()
        .doesNotStartWith("failed unexpectedly"));
  }
}
