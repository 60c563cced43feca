package io.storyline.ingest;

import io.storyline.core.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the article of an HTML page: its main text (found by Readability4J, rendered by
 * paragraphs), title, canonical URL and date metadata.
 *
 * <p>Metadata keys: {@code meta:<key>} for date meta tags (such as {@code article:published_time}
 * or {@code dc.date.issued}) and {@code meta:description}; {@code jsonld:datePublished},
 * {@code jsonld:dateModified}, {@code jsonld:dateCreated} from JSON-LD; {@code time:datetime} from
 * the first {@code <time datetime>} in the article, else in the page; {@code html:dateline} and
 * {@code html:byline}, the short lines where the page prints its date (see {@link PageMetadata}).
 *
 * <p>A page whose visible text holds no article (rendered by its scripts) keeps the article text its metadata gives, the
 * JSON-LD article's body, else its description or the page's (of a JSON-LD or {@code og:type} article), and says so in
 * {@link #TEXT_SOURCE}; without either it has no article text.
 *
 * <p>Navigation, asides and footers are dropped before Readability looks for the article.
 *
 * <p>Safe for hostile input: elements nested deeper than {@value #MAX_DEPTH} levels are flattened
 * to their text first, since Readability recurses over the tree. Thread-safe.
 */
public final class HtmlExtractor {

  /** The reason given for a page without article text. */
  public static final String NO_ARTICLE_TEXT = "HTML page has no article text";

  /**
   * Metadata key saying where the text of a page without visible article text came from ({@code jsonld:articleBody},
   * {@code jsonld:description}, {@code meta:description}): a page rendered by its scripts keeps the text its
   * metadata gives.
   */
  public static final String TEXT_SOURCE = "html:text";
  /** A declared text shorter than this is no article. */
  static final int MIN_DECLARED_TEXT = 80;

  /** The base Readability4J gets for a page without an address. */
  private static final String NO_BASE = "file:///";

  /** Deeper elements are replaced by their text; real pages nest a few dozen levels. */
  static final int MAX_DEPTH = 256;

  /** A DOCTYPE with an internal subset, {@code [...]}, at the start of a page. */
  private static final Pattern DOCTYPE_SUBSET =
      Pattern.compile("(\\uFEFF?\\s*<!DOCTYPE[^\\[>]*)\\[[^\\]]*]\\s*>", Pattern.CASE_INSENSITIVE);
  /** Never article text, removed before Readability looks for the article; it keeps them at times. */
  private static final String BOILERPLATE =
      "nav, aside, footer, [role=navigation], [role=complementary], [role=contentinfo], [role=banner]";

  /** The outcome of {@link #extract}. */
  public sealed interface Result permits Extracted, NoArticleText {
  }

  /** The page held an article. */
  public record Extracted(Article article) implements Result {
  }

  /** The page held no article text (empty, or only navigation, scripts and the like). */
  public record NoArticleText(String reason) implements Result {
  }

  /**
   * Reads a saved page as ingest does (charset detection, the file time as {@code file:modified}, then
   * {@link #extract}); empty when the page has no article text.
   *
   * @param url the page's address, or null
   */
  public java.util.Optional<Article> readFile(java.nio.file.Path file, String url) throws java.io.IOException {
    TextDecoder.Decoded decoded = TextDecoder.decodeHtml(java.nio.file.Files.readAllBytes(file));
    Map<String, String> meta = Map.of("charset", decoded.charset(),
        "file:modified", java.nio.file.Files.getLastModifiedTime(file).toInstant().toString());
    return extract(decoded.text(), url == null ? file.toString() : url, url, meta) instanceof Extracted e
        ? java.util.Optional.of(e.article()) : java.util.Optional.empty();
  }

  /**
   * Extracts the article of a page.
   *
   * @param html    the page
   * @param source  the article's source (file path, {@code stdin}, URL)
   * @param baseUrl the page's address, to resolve relative links, or null
   * @param meta    more metadata for the article (such as {@code charset}); wins over the page's
   */
  public Result extract(String html, String source, String baseUrl, Map<String, String> meta) {
    String base = absoluteUrlOrEmpty(baseUrl);
    Document doc = Jsoup.parse(withoutNoscript(withoutInternalSubset(html)), base);
    flattenDeepElements(doc);
    unwrapPageForms(doc);
    PageMetadata page = PageMetadata.of(doc);
    doc.select(BOILERPLATE).remove();
    Element content;
    String readableTitle = null;
    try {
      // Readability4J resolves links against the base and logs an error with the whole page when there is
      // none (a local file); only the text is kept, so any absolute base does.
      String readabilityBase = base.isEmpty() ? NO_BASE : base;
      net.dankito.readability4j.Article readable = new Readability4JExtended(readabilityBase, doc.clone()).parse();
      content = readable.getArticleContent();
      readableTitle = readable.getTitle();
    } catch (RuntimeException e) {
      // Readability4J 1.0.8 throws on some real pages ("topCandidate.parent() must not be null");
      // the page body without its boilerplate is then the best guess at the article.
      content = doc.body();
    }
    Map<String, String> allMeta = new HashMap<>(page.meta());
    String text;
    if (content != null && HtmlText.hasTextOutsideLinks(content)) {
      PageMetadata.firstTime(content).ifPresent(time -> allMeta.put("time:datetime", time));
      text = HtmlText.of(content);
    } else {
      // a page rendered by its scripts shows no text without them; an article's own metadata may still give it
      Optional<Map.Entry<String, String>> declared = declaredText(doc, page);
      if (declared.isEmpty()) {
        return new NoArticleText(NO_ARTICLE_TEXT);
      }
      allMeta.put(TEXT_SOURCE, declared.get().getKey());
      text = declared.get().getValue();
    }
    allMeta.putAll(meta);
    String title = page.title() != null ? page.title() : readableTitle;
    return new Extracted(Article.of(null, source, page.url(), title, text, allMeta));
  }

  /**
   * The text of a page without visible article text that declares itself an article (a JSON-LD article object, or
   * {@code og:type} article), keyed by where it came from: the JSON-LD {@code articleBody}, else the longer of the
   * JSON-LD article's and the page's description. Shorter texts ({@value #MIN_DECLARED_TEXT} characters) are no article.
   */
  private static Optional<Map.Entry<String, String>> declaredText(Document doc, PageMetadata page) {
    boolean ogArticle = doc.select("meta[property]").stream()
        .anyMatch(m -> m.attr("property").strip().equalsIgnoreCase("og:type") && m.attr("content").strip().startsWith("article"));
    if (!ogArticle && !JsonLdDates.declaresArticle(doc)) {
      return Optional.empty();
    }
    Optional<Map.Entry<String, String>> body = JsonLdDates.articleField(doc, "articleBody")
        .map(text -> Map.entry("jsonld:articleBody", text));
    Optional<Map.Entry<String, String>> description = java.util.stream.Stream.of(
            JsonLdDates.articleField(doc, "description").map(text -> Map.entry("jsonld:description", text)),
            Optional.ofNullable(page.meta().get("meta:description")).map(text -> Map.entry("meta:description", text)))
        .flatMap(Optional::stream).max(java.util.Comparator.comparingInt(e -> e.getValue().length()));
    return body.or(() -> description)
        .map(e -> Map.entry(e.getKey(), PlainText.normalise(e.getValue()).strip()))
        .filter(e -> e.getValue().length() >= MIN_DECLARED_TEXT);
  }

  /**
   * The page without the internal subset of its DOCTYPE ({@code <!DOCTYPE html [ <!ENTITY ...> ]>}): HTML parsers end
   * the DOCTYPE at its first '>', so the declarations after it would become article text and push the head into
   * the body.
   */
  static String withoutInternalSubset(String html) {
    Matcher m = DOCTYPE_SUBSET.matcher(html);
    return m.lookingAt() ? m.group(1) + ">" + html.substring(m.end()) : html;
  }

  /**
   * The page without its {@code <noscript>} elements, as a browser that runs scripts reads it: it takes their content
   * as raw text, never as markup. An HTML parser without scripting reads their content as elements, so an element left
   * open inside ({@code <noscript><div id="nojs"></noscript>}) would swallow the whole page and hide its article. An
   * unclosed {@code <noscript>} is left as it is. Linear in the page's length.
   */
  static String withoutNoscript(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int from = 0;
    while (true) {
      int open = indexOfIgnoreCase(html, "<noscript", from);
      int close = open < 0 ? -1 : indexOfIgnoreCase(html, "</noscript", open);
      int end = close < 0 ? -1 : html.indexOf('>', close);
      if (end < 0) {
        return from == 0 ? html : out.append(html, from, html.length()).toString();
      }
      out.append(html, from, open);
      from = end + 1;
    }
  }

  private static int indexOfIgnoreCase(String text, String ascii, int from) {
    for (int at = text.indexOf('<', from); at >= 0; at = text.indexOf('<', at + 1)) {
      if (text.regionMatches(true, at, ascii, 0, ascii.length())) {
        return at;
      }
    }
    return -1;
  }

  private static String absoluteUrlOrEmpty(String url) {
    if (url == null) {
      return "";
    }
    try {
      return new URI(url.strip()).isAbsolute() ? url.strip() : "";
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /**
   * Replaces a {@code <form>} that holds most of the page's text by its content: ASP.NET Web Forms pages wrap the whole
   * page in one, and forms are never article text (Readability drops them, the byline reader skips them).
   */
  private static void unwrapPageForms(Document doc) {
    if (doc.body() == null) {
      return;
    }
    int page = doc.body().text().length();
    for (Element form : doc.body().select("form")) {
      if (form.parent() != null && form.text().length() * 2 > page) {
        form.unwrap();
      }
    }
  }

  /** Replaces the content of every element at {@link #MAX_DEPTH} by its text. */
  private static void flattenDeepElements(Document doc) {
    List<Element> tooDeep = new ArrayList<>();
    NodeTraversor.filter((Node node, int depth) -> {
      if (depth >= MAX_DEPTH && node instanceof Element element) {
        tooDeep.add(element);
        return NodeFilter.FilterResult.SKIP_ENTIRELY;
      }
      return NodeFilter.FilterResult.CONTINUE;
    }, doc);
    for (Element element : tooDeep) {
      String text = element.text();
      element.empty().appendText(text);
    }
  }
}
