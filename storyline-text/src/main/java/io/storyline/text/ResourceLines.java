package io.storyline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the UTF-8 word lists the text stages ship as class-path resources. */
public final class ResourceLines {
  private ResourceLines() {}

  /** Every line of a resource found next to {@code anchor} (a relative name) or at an absolute name. */
  public static List<String> read(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + anchor.getName());
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The stripped lines of a resource that are neither blank nor comments (starting with {@code #}). */
  public static List<String> entries(Class<?> anchor, String resource) {
    return read(anchor, resource).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }
}
