package io.storyline.ingest.warc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Builds WARC archives of HTML pages from real texts: the paragraphs of the seed articles in
 * {@code examples/}, recombined by a seeded random generator so that every page is different.
 */
public final class WarcFixture {

  private final List<String> paragraphs = new ArrayList<>();

  public WarcFixture() {
    Path examples = Path.of(System.getProperty("storyline.repo", "..")).resolve("examples");
    try (Stream<Path> files = Files.list(examples)) {
      for (Path file : files.sorted().toList()) {
        for (String p : Files.readString(file).split("\\n\\s*\\n|\\n")) {
          if (p.strip().length() > 40) {
            paragraphs.add(p.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Page {@code i}: a title and eight paragraphs, the same for the same {@code i}. */
  public String page(int i) {
    Random random = new Random(i);
    StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Report ")
        .append(i).append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Report ").append(i).append("</h1>");
    for (int p = 0; p < 8; p++) {
      html.append("<p>").append(paragraphs.get(random.nextInt(paragraphs.size()))).append(" (").append(i).append('.').append(p).append(")</p>");
    }
    return html.append("</article><footer>© Example</footer></body></html>").toString();
  }

  /** Writes {@code count} HTML responses (every tenth followed by a request record and an image response). */
  public void write(Path file, int count, WarcCompression compression) throws IOException {
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), compression)) {
      for (int i = 0; i < count; i++) {
        writer.write(response("https://news.example.org/a/" + i, "text/html; charset=utf-8",
            page(i).getBytes(StandardCharsets.UTF_8), i));
        if (i % 10 == 9) {
          writer.write(response("https://news.example.org/img/" + i + ".png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, i));
        }
      }
    }
  }

  static WarcResponse response(String url, String contentType, byte[] body, int i) {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
    try {
      return new WarcResponse.Builder(url).date(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)).body(http).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
