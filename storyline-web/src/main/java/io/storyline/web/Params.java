package io.storyline.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and checks request parameters and bodies; every problem becomes a 400 or 413 naming the value. */
final class Params {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private Params() {}

  /** The query parameter, or {@code null} when absent or blank. */
  static String optional(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  static int limit(Context ctx) {
    String v = optional(ctx, "limit");
    if (v == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badRequest("bad limit '" + v + "': a whole number from 1 to " + MAX_LIMIT);
  }

  static LocalDate date(Context ctx, String name) {
    String v = optional(ctx, name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("bad " + name + " '" + v + "': a date like 2024-04-08");
    }
  }

  /** A path id, checked by {@link Ids}. */
  static String id(Context ctx, String kind) {
    return Ids.check(kind, ctx.pathParam("id"));
  }

  /** The request body, at most {@code limit} bytes; a 413 as soon as it is larger. */
  static byte[] body(Context ctx, long limit) {
    checkLength(ctx, limit);
    try (InputStream in = ctx.req().getInputStream()) {
      return readAtMost(in, limit);
    } catch (IOException e) {
      throw ApiException.badRequest("unreadable body: " + e.getMessage());
    }
  }

  /** A 413 when the declared length is over the limit. */
  static void checkLength(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw ApiException.tooLarge(limit);
    }
  }

  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    long total = 0;
    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
      total += n;
      if (total > limit) {
        throw ApiException.tooLarge(limit);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
