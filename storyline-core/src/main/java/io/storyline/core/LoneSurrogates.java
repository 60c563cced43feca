package io.storyline.core;

/**
 * Lone surrogates: UTF-16 halves of a character without their other half (JSON can write one, {@code "\ud800"}).
 * They are no character, so no encoding can write them: ingest replaces them, export escapes any left in old data.
 */
public final class LoneSurrogates {
  /** What a lone surrogate becomes: U+FFFD REPLACEMENT CHARACTER, one UTF-16 unit too, so no offset moves. */
  public static final char REPLACEMENT = '\uFFFD';

  private LoneSurrogates() {}

  /** How many lone surrogates {@code s} holds. */
  public static int count(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += lone(s, i) ? 1 : 0;
    }
    return n;
  }

  /** {@code s} with every lone surrogate replaced by {@link #REPLACEMENT}; the same length. */
  public static String replace(String s) {
    if (count(s) == 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s);
    for (int i = 0; i < s.length(); i++) {
      if (lone(s, i)) {
        sb.setCharAt(i, REPLACEMENT);
      }
    }
    return sb.toString();
  }

  /**
   * Serialised JSON with every lone surrogate (which can only stand inside a string) written as its escape
   * {@code \\uD800}: valid JSON that reads back as the same string, and that UTF-8 can encode.
   */
  public static String escapeInJson(String json) {
    if (count(json) == 0) {
      return json;
    }
    StringBuilder sb = new StringBuilder(json.length() + 8);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (lone(json, i)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean lone(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
