package io.storyline.ingest.warc;

import io.storyline.core.Article;
import io.storyline.ingest.HtmlExtractor;
import io.storyline.ingest.IngestSink;
import io.storyline.ingest.TextDecoder;
import io.storyline.ingest.web.PageDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML responses of a WARC archive ({@code .warc} or {@code .warc.gz}, with jwarc) into
 * articles, one record at a time, so memory stays constant whatever the archive's size.
 *
 * <p>Each article's URL is the page's canonical URL, else the record's target URI; the capture
 * date is kept as {@code warc:date} and {@code fetch:time} (no publication date after it is given) and the target as
 * {@code fetch:url}. Responses that are not
 * 2xx HTML are passed over and counted in one line at the end; a record over the size limit is
 * reported and skipped; an unreadable or truncated record is reported with its byte offset and ends
 * the archive, since nothing after it can be found.
 */
public final class WarcArticles {

  private final HtmlExtractor html = new HtmlExtractor();
  private final long maxBytes;

  /** @param maxBytes the largest response body read; larger ones are reported and skipped */
  public WarcArticles(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Whether a file name is a WARC archive's: {@code .warc} or {@code .warc.gz}. */
  public static boolean isWarc(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  /** Reads every HTML response of the archive; {@code location} names it in problems. */
  public void read(Path file, String location, IngestSink sink) {
    long passedOver = 0;
    try (WarcReader reader = new WarcReader(file)) {
      reader.onWarning(warning -> sink.reject(location + "@" + reader.position(), "WARC warning: " + warning));
      while (true) {
        long offset = reader.position();
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.reject(location + "@" + offset, "unreadable WARC record, the rest of the archive is skipped: " + e.getMessage());
          break;
        }
        if (next.isEmpty()) {
          break;
        }
        if (!(next.get() instanceof WarcResponse response)) {
          continue;
        }
        try {
          if (!record(response, location + "@" + offset, sink)) {
            passedOver++;
          }
        } catch (IOException | RuntimeException e) {
          sink.reject(location + "@" + offset, "unreadable WARC record (" + target(response)
              + "), the rest of the archive is skipped: " + e);
          break;
        }
      }
    } catch (IOException e) {
      sink.reject(location, "cannot read WARC archive: " + e.getMessage());
      return;
    }
    if (passedOver > 0) {
      sink.reject(location, passedOver + " responses passed over: not 2xx HTML");
    }
  }

  /** Hands over the record's article or problem; false when it is not a 2xx HTML response. */
  private boolean record(WarcResponse response, String where, IngestSink sink) throws IOException {
    var http = response.http();
    MediaType type = http.contentType();
    String subtype = type == null ? "" : type.subtype().toLowerCase(Locale.ROOT);
    if (http.status() < 200 || http.status() >= 300 || !(subtype.equals("html") || subtype.equals("xhtml+xml"))) {
      http.body().consume();
      return false;
    }
    String target = target(response);
    byte[] bytes;
    try (InputStream body = http.bodyDecoded().stream()) {
      bytes = body.readNBytes(Math.toIntExact(maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      sink.reject(where + " (" + target + ")", "response is over the limit of " + maxBytes + " bytes (set --max-size)");
      return true;
    }
    TextDecoder.Decoded decoded = PageDecoder.decode(bytes, type.parameters().get("charset"));
    Map<String, String> meta = new HashMap<>();
    meta.put("charset", decoded.charset());
    meta.put("fetch:url", target);
    meta.put("warc:date", response.date().toString());
    meta.put("fetch:time", response.date().toString()); // the capture time: no publication date after it
    String host = host(target);
    switch (html.extract(decoded.text(), host, target, meta)) {
      case HtmlExtractor.Extracted(Article a) -> sink.accept(a.url() != null ? a
          : Article.of(a.id(), a.source(), target, a.title(), a.text(), a.meta()));
      case HtmlExtractor.NoArticleText(String reason) -> sink.reject(where + " (" + target + ")", reason);
    }
    return true;
  }

  private static String target(WarcResponse response) {
    return response.target();
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? url : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
