package io.storyline.ingest.web;

import io.storyline.core.Article;
import io.storyline.ingest.HtmlExtractor;
import io.storyline.ingest.IngestSink;
import io.storyline.ingest.TextDecoder;
import io.storyline.ingest.feed.FeedParser;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads web addresses into articles: a page through the HTML path ({@link HtmlExtractor}), a feed
 * (RSS or Atom) as every page it links. The charset is the header's when the bytes fit it, unless
 * they are valid UTF-8; else the page's declaration or detection ({@link TextDecoder#decodeHtml}).
 *
 * <p>Metadata added: {@code fetch:url} (the address after redirects), {@code fetch:requested} (when
 * different), {@code fetch:time}, {@code http:last-modified}. The article's URL is the page's
 * canonical URL, else the address after redirects; its source is the host.
 */
public final class WebReader {

  private static final Pattern URL_LIKE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  private final Fetcher fetcher;
  private final HtmlExtractor html = new HtmlExtractor();
  private final FeedParser feeds = new FeedParser();

  public WebReader(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Whether an input names a web address (any scheme; only http and https are then fetched). */
  public static boolean isUrl(String input) {
    return URL_LIKE.matcher(input).matches();
  }

  /** Reads a page, or every page a feed links, handing articles and problems to the sink. */
  public void read(String url, IngestSink sink) {
    switch (fetcher.fetch(url, Validators.NONE)) {
      case FetchResult.Body body when FeedParser.looksLikeFeed(body.contentType(), body.bytes()) -> readFeed(body, sink);
      case FetchResult.Body body -> page(body, Map.of(), sink);
      case FetchResult.NotModified n -> sink.reject(url, "not modified, yet no validators were sent");
      case FetchResult.Failure f -> sink.reject(url, f.reason());
    }
  }

  /** Reads one page; {@code meta} (e.g. the feed it came from) is added to the article's metadata. */
  public void readPage(String url, Map<String, String> meta, IngestSink sink) {
    switch (fetcher.fetch(url, Validators.NONE)) {
      case FetchResult.Body body -> page(body, meta, sink);
      case FetchResult.NotModified n -> sink.reject(url, "not modified, yet no validators were sent");
      case FetchResult.Failure f -> sink.reject(url, f.reason());
    }
  }

  private void readFeed(FetchResult.Body body, IngestSink sink) {
    FeedParser.Feed feed;
    try {
      feed = feeds.parse(body.bytes(), body.charset() == null ? body.contentType() : body.contentType() + "; charset=" + body.charset());
    } catch (FeedParser.NotAFeed e) {
      sink.reject(body.url(), e.getMessage());
      return;
    }
    for (FeedParser.Entry entry : feed.entries()) {
      readPage(entry.link(), entryMeta(body.finalUrl(), feed, entry), sink);
    }
  }

  /** The metadata a page gets from the feed entry that linked it. */
  public static Map<String, String> entryMeta(String feedUrl, FeedParser.Feed feed, FeedParser.Entry entry) {
    Map<String, String> meta = new HashMap<>();
    meta.put("feed:url", feedUrl);
    if (feed.title() != null) {
      meta.put("feed:title", feed.title());
    }
    if (entry.published() != null) {
      meta.put("feed:published", entry.published().toString());
    }
    return meta;
  }

  private void page(FetchResult.Body body, Map<String, String> extra, IngestSink sink) {
    if (!body.contentType().isEmpty() && !body.contentType().contains("html") && !body.contentType().startsWith("text/")) {
      sink.reject(body.url(), "content type " + body.contentType() + " is not a page (text/html, application/xhtml+xml)");
      return;
    }
    TextDecoder.Decoded decoded = PageDecoder.decode(body.bytes(), body.charset());
    Map<String, String> meta = new HashMap<>(extra);
    meta.put("charset", decoded.charset());
    meta.put("fetch:url", body.finalUrl());
    meta.put("fetch:time", Instant.now().toString());
    if (!body.finalUrl().equals(body.url())) {
      meta.put("fetch:requested", body.url());
    }
    if (body.lastModified() != null) {
      meta.put("http:last-modified", body.lastModified());
    }
    String host = okhttp3.HttpUrl.get(body.finalUrl()).host();
    try {
      switch (html.extract(decoded.text(), host, body.finalUrl(), meta)) {
        case HtmlExtractor.Extracted(Article a) -> sink.accept(a.url() != null ? a
            : Article.of(a.id(), a.source(), body.finalUrl(), a.title(), a.text(), a.meta()));
        case HtmlExtractor.NoArticleText(String reason) -> sink.reject(body.url(), reason);
      }
    } catch (RuntimeException e) {
      sink.reject(body.url(), "failed unexpectedly: " + e);
    }
  }
}
