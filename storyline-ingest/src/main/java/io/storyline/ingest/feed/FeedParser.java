package io.storyline.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads RSS and Atom feeds with Rome: the entries' links, titles and dates, in feed order, each link
 * once. The charset comes from the HTTP header and the XML declaration (Rome's {@link XmlReader}).
 * Document type declarations are refused (no external entities).
 */
public final class FeedParser {

  /** Entries read from one feed at most; a longer feed is read up to this many. */
  public static final int MAX_ENTRIES = 1000;

  private static final Pattern FEED_START = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");

  /** One entry of a feed. @param published null when the feed gives no date */
  public record Entry(String link, String title, Instant published) {
  }

  /** A feed's title and entries. */
  public record Feed(String title, List<Entry> entries) {
    public Feed {
      entries = List.copyOf(entries);
    }
  }

  /** Thrown for a document that is not a readable feed; the message says why. */
  public static final class NotAFeed extends Exception {
    NotAFeed(String message) {
      super(message, null, false, false);
    }
  }

  /** Whether the bytes look like a feed: an rss, feed or rdf:RDF root near the start. */
  public static boolean looksLikeFeed(String contentType, byte[] bytes) {
    if (contentType.contains("rss") || contentType.contains("atom")) {
      return true;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
    return FEED_START.matcher(head).find();
  }

  /**
   * Parses a feed.
   *
   * @param contentType the HTTP Content-Type header with its parameters, or null
   */
  public Feed parse(byte[] bytes, String contentType) throws NotAFeed {
    SyndFeed feed;
    try (XmlReader reader = contentType == null
        ? new XmlReader(new ByteArrayInputStream(bytes), true)
        : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new NotAFeed("not a readable RSS or Atom feed: " + oneLine(e.getMessage()));
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> links = new LinkedHashSet<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = link(entry);
      if (link == null || !links.add(link)) {
        continue;
      }
      java.util.Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      entries.add(new Entry(link, blankToNull(entry.getTitle()), date == null ? null : date.toInstant()));
      if (entries.size() == MAX_ENTRIES) {
        break;
      }
    }
    return new Feed(blankToNull(feed.getTitle()), entries);
  }

  private static String link(SyndEntry entry) {
    String link = blankToNull(entry.getLink());
    if (link == null && entry.getLinks() != null && !entry.getLinks().isEmpty()) {
      link = blankToNull(entry.getLinks().get(0).getHref());
    }
    if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
      link = entry.getUri();
    }
    return link == null ? null : link.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
