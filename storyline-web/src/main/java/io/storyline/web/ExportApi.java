package io.storyline.web;

import io.javalin.http.Context;
import java.util.List;

/** {@code GET /api/export}: articles, entities, events or storylines as JSON Lines, CSV or JSON-LD, streamed. */
final class ExportApi {
  private final Services services;

  ExportApi(Services services) {
    this.services = services;
  }

  List<Route> routes() {
    return List.of(Route.get("/api/export", this::export));
  }

  private void export(Context ctx) throws java.io.IOException {
    if (!services.export().available()) {
      throw new ApiException(503, "unavailable", "export is not configured on this server; use the command line: storyline export");
    }
    String what = Params.optional(ctx, "what");
    String format = Params.optional(ctx, "format");
    ExportHandler.Stream export;
    try {
      export = services.export().open(what == null ? "articles" : what, format == null ? "jsonl" : format);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    ctx.status(200).contentType(export.mediaType() + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    export.writeTo(ctx.res().getOutputStream());
  }
}
