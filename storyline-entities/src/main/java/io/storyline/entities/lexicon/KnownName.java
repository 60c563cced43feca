package io.storyline.entities.lexicon;

import io.storyline.entities.EntityType;
import java.util.Objects;

/**
 * A name the recogniser knows in advance: a CLDR place, an acronym, or a name the registry confirmed.
 *
 * @param form      the name as written, in base form ({@code Japonia}, {@code НАТО})
 * @param language  ISO 639-1 code of the form, or {@code *} for any language
 * @param type      what it names
 * @param key       the linking key shared by every form of the same thing ({@code #JP})
 * @param canonical the display name, English where known ({@code Japan})
 * @param source    where it came from: {@code cldr-region}, {@code cldr-city}, {@code acronyms}, {@code registry}
 */
public record KnownName(String form, String language, EntityType type, String key, String canonical, String source) {
  public static final String ANY_LANGUAGE = "*";

  public KnownName {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(source, "source");
  }
}
