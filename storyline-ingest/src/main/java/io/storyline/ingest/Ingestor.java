package io.storyline.ingest;

import io.storyline.core.Article;
import io.storyline.ingest.TextDecoder.Decoded;
import io.storyline.ingest.warc.WarcArticles;
import io.storyline.ingest.web.WebReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
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
 * {@link TextDecoder} and recorded in the meta key {@code charset}.
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
    if (WarcArticles.isWarc(name == null ? location : name.toString())) {
      warc.read(path, location, sink);
      return;
    }
    if (Format.byExtension(name == null ? location : name.toString()).orElse(null) == Format.JSON_LINES) {
      try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), SNIFF)) {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        checkContent(head, "file");
        streamJsonLines(in, location, sink);
      } catch (Rejected e) {
        sink.reject(location, e.getMessage());
      } catch (IOException e) {
        sink.reject(location, IoErrors.reason(e));
      }
      return;
    }
    byte[] bytes;
    try {
      bytes = readFileBytes(path);
      checkContent(bytes, "file");
    } catch (IOException e) {
      sink.reject(location, IoErrors.reason(e));
      return;
    } catch (Rejected e) {
      sink.reject(location, e.getMessage());
      return;
    }
    readDocument(bytes, Format.of(name == null ? location : name.toString(), bytes), location, sink);
  }

  private void readStdin(InputStream stdin, IngestSink sink) {
    byte[] bytes;
    try {
      BufferedInputStream in = new BufferedInputStream(stdin, SNIFF);
      in.mark(SNIFF);
      byte[] head = in.readNBytes(SNIFF);
      in.reset();
      if (head.length > 0 && !TextDecoder.looksBinary(head) && Format.sniff(head) == Format.JSON_LINES) {
        streamJsonLines(in, STDIN, sink);
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
    readDocument(bytes, Format.sniff(bytes) == Format.JSON_LINES ? Format.JSON_LINES : Format.TEXT, STDIN, sink);
  }

  /** @param location the file path or {@code stdin}; also the source of its articles unless a JSON line names one */
  private void readDocument(byte[] bytes, Format format, String location, IngestSink sink) {
    if (format == Format.JSON_LINES) {
      Decoded decoded = TextDecoder.decode(bytes);
      jsonLines.read(decoded.text(), location, Map.of("charset", decoded.charset()), sink);
      return;
    }
    Article article;
    try {
      article = format == Format.HTML ? htmlArticle(bytes, location) : textArticle(bytes, location);
    } catch (Rejected e) {
      sink.reject(location, e.getMessage());
      return;
    } catch (RuntimeException e) {
      sink.reject(location, unexpected(e));
      return;
    }
    sink.accept(article);
  }

  private Article htmlArticle(byte[] bytes, String source) throws Rejected {
    Decoded decoded = TextDecoder.decodeHtml(bytes);
    return switch (htmlExtractor.extract(decoded.text(), source, null, Map.of("charset", decoded.charset()))) {
      case HtmlExtractor.Extracted(Article article) -> article;
      case HtmlExtractor.NoArticleText(String reason) -> throw new Rejected(reason);
    };
  }

  private static Article textArticle(byte[] bytes, String source) throws Rejected {
    Decoded decoded = TextDecoder.decode(bytes);
    String text = PlainText.normalise(decoded.text());
    if (text.isBlank()) {
      throw new Rejected("no text, only whitespace");
    }
    return Article.of(null, source, null, null, text, Map.of("charset", decoded.charset()));
  }

  /**
   * Reads JSON Lines as a stream, one line at a time, so files and pipes of any length work; the
   * size limit applies to each line. Each line is decoded on its own (UTF-8, else detected).
   */
  private void streamJsonLines(InputStream in, String location, IngestSink sink) throws IOException {
    BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, SNIFF);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long number = 0;
    boolean tooLong = false;
    int b;
    do {
      b = buffered.read();
      if (b == '\n' || b == -1) {
        number++;
        if (tooLong) {
          sink.reject(location + ":" + number, "line is over the limit of " + options.maxBytes() + " bytes (set --max-size)");
        } else if (line.size() > 0) {
          byte[] bytes = line.toByteArray();
          if (TextDecoder.looksBinary(bytes)) {
            sink.reject(location + ":" + number, "binary data, not a JSON object");
          } else {
            Decoded decoded = TextDecoder.decode(bytes);
            jsonLines.readLine(decoded.text(), number, location, Map.of("charset", decoded.charset()), sink);
          }
        }
        line.reset();
        tooLong = false;
      } else if (!tooLong) {
        line.write(b);
        if (line.size() > options.maxBytes()) {
          tooLong = true;
          line.reset();
        }
      }
    } while (b != -1);
  }

  private byte[] readFileBytes(Path path) throws IOException, Rejected {
    if (Files.isRegularFile(path)) {
      long size = Files.size(path);
      if (size > options.maxBytes()) {
        throw new Rejected("file is " + size + " bytes, over the limit of " + options.maxBytes() + " (set --max-size)");
      }
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readAtMostLimit(in);
    }
  }

  /** Reads the whole stream, or fails as soon as it holds more than the limit. */
  private byte[] readAtMostLimit(InputStream in) throws IOException, Rejected {
    byte[] bytes = in.readNBytes(Math.toIntExact(options.maxBytes() + 1));
    if (bytes.length > options.maxBytes()) {
      throw new Rejected("input is over the limit of " + options.maxBytes() + " bytes (set --max-size)");
    }
    return bytes;
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
