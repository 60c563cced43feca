package io.storyline.events;

import java.util.Objects;

/**
 * A direct quotation in an article, with who said it where the text tells.
 *
 * @param articleId       the article it was found in
 * @param start           offset of the first quoted character in the article's text
 * @param end             offset after the last quoted character
 * @param text            the quoted words, without the quotation marks
 * @param speakerEntityId the registry id of the speaker, or {@code null} when the text does not say who spoke
 * @param speakerName     the speaker's canonical name, or the words naming them ({@code "sekretarz generalny"});
 *                        {@code null} when unknown
 */
public record Quote(String articleId, int start, int end, String text, String speakerEntityId, String speakerName) implements java.io.Serializable {
  public Quote {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote offsets [" + start + ", " + end + ")");
    }
  }
}
