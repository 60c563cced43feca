package io.storyline.app.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.entities.EntityType;

/**
 * schema.org terms for the JSON-LD export: node ids ({@code urn:storyline:entity:loc-jp}), the type of an entity
 * and dates only when their year is known.
 */
final class JsonLd {
  static final String CONTEXT = "https://schema.org";

  private JsonLd() {}

  static ObjectNode node(String type, String kind, String id) {
    return JsonNodeFactory.instance.objectNode().put("@type", type).put("@id", id(kind, id));
  }

  /** {@code urn:storyline:<kind>:<id>}: stable across exports of the same data. */
  static String id(String kind, String id) {
    return "urn:storyline:" + kind + ":" + id;
  }

  /** A reference to a node of this or another export. */
  static ObjectNode ref(String kind, String id, String name) {
    ObjectNode o = JsonNodeFactory.instance.objectNode().put("@id", id(kind, id));
    return name == null ? o : o.put("name", name);
  }

  /** The schema.org type of an entity: Person, Organization, Place, Event, Product or Thing. */
  static String type(EntityType type) {
    return switch (type) {
      case PERSON -> "Person";
      case ORGANIZATION -> "Organization";
      case LOCATION -> "Place";
      case EVENT -> "Event";
      case PRODUCT -> "Product";
      case MISC -> "Thing";
    };
  }

  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?)?)?");

  /** An ISO 8601 date or date-time as schema.org takes it ({@code 2024}, {@code 2024-07}, {@code 2024-07-11T14:30}), or null. */
  static String date(String value) {
    if (value == null) {
      return null;
    }
    String v = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
    return ISO_DATE.matcher(v).matches() ? v : null;
  }
}
