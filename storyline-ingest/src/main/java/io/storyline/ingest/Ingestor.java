package io.storyline.ingest;

import io.storyline.core.Article;
import io.storyline.ingest.TextDecoder.Decoded;
import io.storyline.ingest.warc.WarcArticles;
import io.storyline.ingest.web.WebReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads documents from files, directories and standard input into unannotated articles.
 *
 * <p>The format follows the file extension: {@code .jsonl .ndjson .json} are JSON Lines, one
 * object per line with {@code text} or {@code html} and optional {@code id url title published
 * lang source}; {@code .html .htm .xhtml} are HTML (see {@link HtmlExtractor}); {@code .txt .text
 * .md} are plain text, one article per file, kept as written but for line breaks, which become
 * {@code \n}. Other files are sniffed: JSON Lines when they start with '{', HTML when they start
 * with an HTML tag, else plain text. Standard input ({@code -}) is JSON Lines when it starts with
 * '{', else one plain-text article with source {@code stdin}. {@code .warc} and {@code .warc.gz}
 * files are WARC archives, read record by record ({@link WarcArticles}); {@code http(s)://} inputs
 * are web pages or feeds ({@link WebReader}). Charsets are found by
 * {@link TextDecoder} and recorded in the meta key {@code charset}; a file's time is recorded as
 * {@code file:modified} (no publication date after it is given).
 *
 * <p>Bad input never throws: empty, binary, oversized and unreadable files, broken lines and pages
 * without article text are reported to {@link IngestSink#reject} and reading goes on.
 */
public final class Ingestor {

  private static final String STDIN = "stdin";
  private static final int SNIFF = 8192;

  private final IngestOptions options;
  private final HtmlExtractor htmlExtractor = new HtmlExtractor();
  private final JsonLinesReader jsonLines = new JsonLinesReader(htmlExtractor);

  private final WebReader web;
  private final WarcArticles warc;

  /** An ingestor of local inputs; web addresses are reported as not read. */
  public Ingestor(IngestOptions options) {
    this(options, null);
  }

  /** An ingestor that also reads web addresses (pages, feeds) with {@code web}, when not null. */
  public Ingestor(IngestOptions options, WebReader web) {
    this.options = Objects.requireNonNull(options, "options");
    this.web = web;
    this.warc = new WarcArticles(options.maxBytes());
  }

  /**
   * Reads the inputs in order and hands every article and every rejection to the sink.
   *
   * @param inputs file paths, directory paths (read recursively in sorted order), or {@code -} for stdin
   * @param stdin  what {@code -} reads
   */
  public void ingest(List<String> inputs, InputStream stdin, IngestSink sink) {
    Objects.requireNonNull(stdin, "stdin");
    InputWalker walker = new InputWalker((path, location) -> readFile(path, location, sink), sink);
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(stdin, sink);
      } else if (WebReader.isUrl(input)) {
        if (web == null) {
          sink.reject(input, "web addresses are not read by this command");
        } else {
          web.read(input, sink);
        }
      } else {
        walker.walk(input);
      }
    }
  }

  /** The reason reported when reading a document failed in a way no check foresaw. */
  static String unexpected(RuntimeException e) {
    return "failed unexpectedly: " + e;
  }

  private void readFile(Path path, String location, IngestSink sink) {
    Path name = path.getFileName();
    String fileName = name == null ? location : name.toString();
    if (WarcArticles.isWarc(fileName)) {
      warc.read(path, location, sink);
      return;
    }
    try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), SNIFF)) {
      in.mark(SNIFF);
      byte[] head = in.readNBytes(SNIFF);
      in.reset();
      if (Format.byExtension(fileName).orElseGet(() -> Format.sniff(head)) == Format.JSON_LINES) {
        checkJsonLines(head, "file");
        streamJsonLines(in, head, location, sink);
        return;
      }
      if (Files.size(path) > options.maxBytes()) {
        throw new Rejected("file is " + Files.size(path) + " bytes, over the limit of " + options.maxBytes() + " (set --max-size)");
      }
      byte[] bytes = readAtMostLimit(in);
      checkContent(bytes, "file");
      readDocument(bytes, Format.of(fileName, bytes), location, Map.of("file:modified",
          Files.getLastModifiedTime(path).toInstant().toString()), sink);
    } catch (Rejected e) {
      sink.reject(location, e.getMessage());
    } catch (IOException e) {
      sink.reject(location, IoErrors.reason(e));
    }
  }

  private void readStdin(InputStream stdin, IngestSink sink) {
    byte[] bytes;
    try {
      BufferedInputStream in = new BufferedInputStream(stdin, SNIFF);
      in.mark(SNIFF);
      byte[] head = in.readNBytes(SNIFF);
      in.reset();
      if (head.length > 0 && Format.sniff(head) == Format.JSON_LINES) {
        checkJsonLines(head, "input");
        streamJsonLines(in, head, STDIN, sink);
        return;
      }
      bytes = readAtMostLimit(in);
      checkContent(bytes, "input");
    } catch (IOException e) {
      sink.reject(STDIN, IoErrors.reason(e));
      return;
    } catch (Rejected e) {
      sink.reject(STDIN, e.getMessage());
      return;
    }
    readDocument(bytes, Format.TEXT, STDIN, Map.of(), sink);
  }

  /**
   * @param location the file path or {@code stdin}; also the source of its articles
   * @param fileMeta metadata of the file itself (its time), added to the article's
   */
  private void readDocument(byte[] bytes, Format format, String location, Map<String, String> fileMeta, IngestSink sink) {
    Article article;
    try {
      article = format == Format.HTML ? htmlArticle(bytes, location, fileMeta) : textArticle(bytes, location, fileMeta);
    } catch (Rejected e) {
      sink.reject(location, e.getMessage());
      return;
    } catch (RuntimeException e) {
      sink.reject(location, unexpected(e));
      return;
    }
    sink.accept(article);
  }

  private Article htmlArticle(byte[] bytes, String source, Map<String, String> fileMeta) throws Rejected {
    Decoded decoded = TextDecoder.decodeHtml(bytes);
    Map<String, String> meta = new java.util.HashMap<>(fileMeta);
    meta.put("charset", decoded.charset());
    return switch (htmlExtractor.extract(decoded.text(), source, null, meta)) {
      case HtmlExtractor.Extracted(Article article) -> article;
      case HtmlExtractor.NoArticleText(String reason) -> throw new Rejected(reason);
    };
  }

  private static Article textArticle(byte[] bytes, String source, Map<String, String> fileMeta) throws Rejected {
    Decoded decoded = TextDecoder.decode(bytes);
    String text = PlainText.normalise(decoded.text());
    if (text.isBlank()) {
      throw new Rejected("no text, only whitespace");
    }
    Map<String, String> meta = new java.util.HashMap<>(fileMeta);
    meta.put("charset", decoded.charset());
    return Article.of(null, source, null, null, text, meta);
  }

  /**
   * Reads one JSON Lines record as {@link #ingest} reads line {@code number} of the file {@code path} decoded from
   * {@code charset}: for records that arrive one by one, such as from a Kafka topic.
   */
  public void readJsonLine(String line, String path, long number, String charset, IngestSink sink) {
    jsonLines.readLine(line, number, path, Map.of("charset", charset), sink);
  }

  /**
   * Reads JSON Lines as a stream, one line at a time ({@link JsonLinesSplitter}), so files and pipes of any length
   * work and a bad line is rejected alone.
   */
  private void streamJsonLines(BufferedInputStream in, byte[] head, String location, IngestSink sink) throws IOException {
    new JsonLinesSplitter(options.maxBytes()).split(in, head, new JsonLinesSplitter.Lines() {
      @Override
      public void line(long number, String text, String charset) {
        jsonLines.readLine(text, number, location, Map.of("charset", charset), sink);
      }

      @Override
      public void reject(long number, String reason) {
        sink.reject(location + ":" + number, reason);
      }
    });
  }

  /** Reads the whole stream, or fails as soon as it holds more than the limit. */
  private byte[] readAtMostLimit(InputStream in) throws IOException, Rejected {
    byte[] bytes = in.readNBytes(Math.toIntExact(options.maxBytes() + 1));
    if (bytes.length > options.maxBytes()) {
      throw new Rejected("input is over the limit of " + options.maxBytes() + " bytes (set --max-size)");
    }
    return bytes;
  }

  /**
   * Rejects JSON Lines as a whole only when empty or binary throughout (see {@link TextDecoder#mostlyBinary}): a
   * NUL byte in one line rejects that line alone.
   */
  private static void checkJsonLines(byte[] head, String noun) throws Rejected {
    if (head.length == 0) {
      throw new Rejected("empty " + noun);
    }
    if (TextDecoder.wideCharset(head).isEmpty() && TextDecoder.mostlyBinary(head)) {
      throw new Rejected("binary " + noun);
    }
  }

  private static void checkContent(byte[] bytes, String noun) throws Rejected {
    if (bytes.length == 0) {
      throw new Rejected("empty " + noun);
    }
    if (TextDecoder.looksBinary(bytes)) {
      throw new Rejected("binary " + noun);
    }
  }
}
