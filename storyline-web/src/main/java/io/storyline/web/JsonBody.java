package io.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** Fields of a JSON request body, checked: every problem is a 400 naming the field and what it must be. */
final class JsonBody {
  private final JsonNode body;

  private JsonBody(JsonNode body) {
    this.body = body;
  }

  /** The request body as a JSON object of at most {@code limit} bytes. */
  static JsonBody of(Context ctx, long limit) {
    return new JsonBody(Json.object(Params.body(ctx, limit)));
  }

  /** A non-empty array of non-blank strings. */
  List<String> strings(String field) {
    JsonNode arr = body.get(field);
    if (arr == null || !arr.isArray() || arr.isEmpty()) {
      throw ApiException.badRequest("'" + field + "' must be a non-empty array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : arr) {
      if (!n.isTextual() || n.asText().isBlank()) {
        throw ApiException.badRequest("'" + field + "' must hold non-blank strings, found " + n);
      }
      out.add(n.asText().strip());
    }
    return out;
  }

  /** A non-blank string of at most 200 characters. */
  String text(String field) {
    return text(field, 200);
  }

  /** A non-blank string of at most {@code maxLength} characters. */
  String text(String field, int maxLength) {
    JsonNode n = body.get(field);
    if (n == null || !n.isTextual() || n.asText().isBlank() || n.asText().length() > maxLength) {
      throw ApiException.badRequest("'" + field + "' must be a non-blank string of at most " + maxLength + " characters");
    }
    return n.asText().strip();
  }

  /** {@link #text} when the field is there, else null. */
  String optionalText(String field) {
    return body.hasNonNull(field) ? text(field) : null;
  }
}
