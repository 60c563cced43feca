package io.storyline.entities;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of thing a name refers to. */
public enum EntityType {
  PERSON("PER"),
  ORGANIZATION("ORG"),
  LOCATION("LOC"),
  EVENT("EVT"),
  PRODUCT("PRO"),
  MISC("MISC");

  private final String code;

  EntityType(String code) {
    this.code = code;
  }

  /** The short code used in annotated corpora and ids: PER, ORG, LOC, EVT, PRO, MISC. */
  public String code() {
    return code;
  }

  /**
   * Parses a code or a name, case-insensitively ({@code PER}, {@code person}, {@code GPE} and {@code PERS} too).
   *
   * @throws IllegalArgumentException naming the bad value and the valid choices
   */
  public static EntityType parse(String value) {
    String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    for (EntityType t : values()) {
      if (t.code.equals(v) || t.name().equals(v)) {
        return t;
      }
    }
    return switch (v) {
      case "PERS" -> PERSON;
      case "GPE" -> LOCATION;
      default -> throw new IllegalArgumentException("unknown entity type '" + value + "'; valid: "
          + Arrays.stream(values()).map(t -> t.name() + " (" + t.code + ")").collect(Collectors.joining(", ")));
    };
  }
}
