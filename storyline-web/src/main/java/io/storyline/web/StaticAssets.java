package io.storyline.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The web UI's files, read once from the classpath ({@code io/storyline/web/ui/}) and served from
 * memory by exact name: a request can only ever get one of the listed files.
 */
final class StaticAssets {
  /** Every file of the UI; the build fails a test when one is missing. */
  static final List<String> FILES = List.of("index.html", "style.css", "favicon.svg", "app.js", "api.js", "dom.js",
      "refs.js", "timeaxis.js", "views/home.js", "views/timeline.js", "views/article.js", "views/entity.js", "views/search.js",
      "views/sources.js");
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
      "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "json",
      "application/json");

  private final Map<String, byte[]> files = new HashMap<>();

  StaticAssets() {
    for (String name : FILES) {
      files.put(name, load("ui/" + name));
    }
  }

  /** Reads a resource next to this class; fails naming it when it is missing. */
  static byte[] load(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource io/storyline/web/" + name + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Total bytes of the files a page loads (all of them: the UI is one page). */
  long pageWeight() {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }

  void serve(Context ctx, String name) {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw ApiException.notFound("no file '" + name + "' in the web UI");
    }
    send(ctx, bytes, name);
  }

  static void send(Context ctx, byte[] bytes, String name) {
    ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
    ctx.header("Cache-Control", "no-cache");
    ctx.result(bytes);
  }
}
