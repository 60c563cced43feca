package io.storyline.text;

/** Character classes shared by the text stages. */
public final class Chars {
  private Chars() {}

  /** Unicode white space, including no-break and zero-width spaces and the byte-order mark. */
  public static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF;
  }
}
