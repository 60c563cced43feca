package io.storyline.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * A page cursor: the sort values of the last hit of a page, including its article id, so the next
 * page starts after that article even when the index changed in between. Opaque to callers.
 */
final class Cursor {
  private Cursor() {}

  static String encode(SortOrder sort, FieldDoc last) {
    Object key = last.fields[0];
    String value = key instanceof Float f ? Integer.toHexString(Float.floatToIntBits(f)) : String.valueOf(key);
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String plain = sort.name().toLowerCase(Locale.ROOT) + "\n" + value + "\n" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The position a cursor names; throws naming the cursor when it is not one this order produced. */
  static FieldDoc decode(SortOrder sort, String cursor) {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 3);
    } catch (IllegalArgumentException e) {
      throw bad(cursor, "not a cursor this server made");
    }
    if (parts.length != 3 || !parts[0].equals(sort.name().toLowerCase(Locale.ROOT))) {
      throw bad(cursor, "it belongs to another query or sort order (" + (parts.length == 3 ? parts[0] : "?")
          + "); pass the nextCursor of the same search");
    }
    try {
      Object key = sort == SortOrder.RELEVANCE
          ? (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16))
          : (Object) Long.parseLong(parts[1]);
      // The id plus U+0000 sorts after the last hit's id and before every greater id.
      return new FieldDoc(-1, Float.NaN, new Object[] {key, new BytesRef(parts[2] + '\u0000')});
    } catch (NumberFormatException e) {
      throw bad(cursor, "its sort value is damaged");
    }
  }

  private static IllegalArgumentException bad(String cursor, String why) {
    return new IllegalArgumentException("bad cursor '" + cursor + "': " + why);
  }
}
