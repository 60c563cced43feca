package io.storyline.ingest.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The feed addresses a user gives: a URL, a file with one URL a line ({@code #} starts a comment), or
 * an OPML file (every {@code outline} with an {@code xmlUrl}, as feed readers export them).
 */
public final class FeedSources {

  private FeedSources() {
  }

  /** The feed URLs an argument names, in order, each once. */
  public static List<String> read(String argument) throws IOException {
    if (argument.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return List.of(argument.strip());
    }
    Path file = Path.of(argument);
    if (!Files.isRegularFile(file)) {
      throw new IOException(argument + " is neither a URL (http://, https://) nor a file of feed URLs or OPML");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Set<String> urls = new LinkedHashSet<>();
    if (text.stripLeading().startsWith("<")) {
      Document opml = Jsoup.parse(text, "", Parser.xmlParser());
      for (Element outline : opml.select("outline[xmlUrl]")) {
        urls.add(outline.attr("xmlUrl").strip());
      }
      if (urls.isEmpty()) {
        throw new IOException(argument + ": an XML file without <outline xmlUrl=...> elements; OPML expected");
      }
      return new ArrayList<>(urls);
    }
    for (String line : text.split("\\R")) {
      String url = line.strip();
      if (!url.isEmpty() && !url.startsWith("#")) {
        urls.add(url);
      }
    }
    return new ArrayList<>(urls);
  }
}
