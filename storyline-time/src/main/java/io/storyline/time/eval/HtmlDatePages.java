package io.storyline.time.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved pages of the htmldate evaluation set ({@code html_pages.tar.xz}, unpacked once outside the repository)
 * by file name, with the URL each page was fetched from as its gold files give it: event-date gold names a page as
 * {@code html:<file>} and reads it the way ingest reads a page (with its URL, its meta data, its publication date).
 */
public final class HtmlDatePages {
  private static final List<String> DIRS = List.of("tests/eval", "tests/cache", "tests/test_set");
  private static final List<String> GOLD = List.of("gold_world.json", "gold_default.json");

  private final Path pages;
  private final Map<String, String> urls;

  private HtmlDatePages(Path pages, Map<String, String> urls) {
    this.pages = pages;
    this.urls = Map.copyOf(urls);
  }

  /** The pages of the htmldate folder {@code dataDir} (holding {@code html_pages.tar.xz} and the gold files). */
  public static HtmlDatePages open(Path dataDir) throws IOException {
    Path pages = PubDateEvaluation.unpack(dataDir);
    Map<String, String> urls = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    json.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
    for (String gold : GOLD) {
      Path file = dataDir.resolve(gold);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = json.readTree(file.toFile()).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> item = it.next();
        urls.putIfAbsent(item.getValue().get("file").asText(), item.getKey());
      }
    }
    return new HtmlDatePages(pages, urls);
  }

  /** The saved page of that file name, if the archive holds it. */
  public Optional<Path> file(String name) {
    return DIRS.stream().map(d -> pages.resolve(d).resolve(name)).filter(Files::isRegularFile).findFirst();
  }

  /** The URL the page was fetched from, or a file URL naming it when no gold file lists it. */
  public String url(String name) {
    return urls.getOrDefault(name, "file:///" + name);
  }
}
