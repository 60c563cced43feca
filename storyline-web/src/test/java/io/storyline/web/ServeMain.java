package io.storyline.web;

import io.storyline.search.SearchIndex;
import io.storyline.store.LuceneArticleStore;
import java.nio.file.Path;

/** Serves a data directory on a port, as {@code storyline serve} will: used to time a cold start. */
public final class ServeMain {
  private ServeMain() {}

  /** Arguments: the data directory and the port. */
  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    LuceneArticleStore store = LuceneArticleStore.open(data);
    SearchIndex index = SearchIndex.open(data);
    new WebServer(Services.of(store, index), WebConfig.defaults()).start(WebServer.LOOPBACK, Integer.parseInt(args[1]));
  }
}
