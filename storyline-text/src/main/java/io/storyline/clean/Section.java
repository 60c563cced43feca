package io.storyline.clean;

import java.util.Arrays;
import java.util.Optional;

/**
 * A section of the phrase lists ({@code phrases/<lang>.txt}), named in the files as {@code [name]}. Whole-line
 * sections are compared in the {@link TextForms#words word form}, the others in the {@link TextForms#phrase
 * phrase form}; {@link Rules} decides how each section is used.
 */
enum Section {
  AD_LABEL("ad-label", true),
  NAVIGATION("navigation", true),
  FOOTER("footer", true),
  SHARE("share", true),
  FOOTER_TEXT("footer-text", false),
  PHOTO_CREDIT("photo-credit", false),
  PHOTO_WORD("photo-word", false),
  BYLINE("byline", false),
  BYLINE_NAME("byline-name", false),
  TAGS("tags", false),
  RELATED("related", false),
  RELATED_TAIL("related-tail", false),
  PROMO("promo", false),
  HEADER_KEY("header-key", false);

  private final String heading;
  private final boolean wholeLine;

  Section(String heading, boolean wholeLine) {
    this.heading = heading;
    this.wholeLine = wholeLine;
  }

  /** Whether a phrase of this section must make up the whole line. */
  boolean wholeLine() {
    return wholeLine;
  }

  static Optional<Section> named(String name) {
    return Arrays.stream(values()).filter(s -> s.heading.equals(name)).findFirst();
  }
}
