package io.storyline.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/ingest}: a JSON Lines or plain-text body, or a multipart upload in the field
 * {@code file}, up to {@link WebConfig#maxIngestBytes()}.
 */
final class IngestApi {
  private final Services services;
  private final WebConfig config;

  IngestApi(Services services, WebConfig config) {
    this.services = services;
    this.config = config;
  }

  List<Route> routes() {
    return List.of(Route.post("/api/ingest", this::ingest));
  }

  private void ingest(Context ctx) throws IOException {
    if (!services.ingest().available()) {
      throw new ApiException(503, "unavailable", "ingest is not configured on this server; use the command line: storyline ingest");
    }
    Params.checkLength(ctx, config.maxIngestBytes());
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      UploadedFile file = ctx.uploadedFile("file");
      if (file == null) {
        throw ApiException.badRequest("the multipart upload needs a part named 'file'");
      }
      if (file.size() > config.maxIngestBytes()) {
        throw ApiException.tooLarge(config.maxIngestBytes());
      }
      try (InputStream in = file.content()) {
        byte[] bytes = Params.readAtMost(in, config.maxIngestBytes());
        respond(ctx, bytes, safeName(file.filename()));
      }
      return;
    }
    String name = switch (type.split(";")[0].strip()) {
      case "application/x-ndjson", "application/jsonl", "application/json-lines", "application/json" -> "upload.jsonl";
      case "text/plain" -> "upload.txt";
      case "text/html" -> "upload.html";
      default -> throw new ApiException(415, "unsupported-media-type", "content type '" + type
          + "' is not accepted; use application/x-ndjson, text/plain, text/html or multipart/form-data");
    };
    respond(ctx, Params.body(ctx, config.maxIngestBytes()), name);
  }

  private void respond(Context ctx, byte[] bytes, String name) {
    if (bytes.length == 0) {
      throw ApiException.badRequest("the body is empty; send JSON Lines, text or HTML");
    }
    IngestHandler.IngestSummary summary = services.ingest().ingest(new ByteArrayInputStream(bytes), name);
    if (summary.stored() == 0 && summary.duplicates() == 0 && !summary.rejected().isEmpty()) {
      IngestHandler.Rejection first = summary.rejected().getFirst();
      throw new ApiException(400, "unreadable-input", "nothing could be stored: " + first.location() + ": " + first.reason()
          + (summary.rejected().size() > 1 ? " (and " + (summary.rejected().size() - 1) + " more)" : ""));
    }
    ctx.status(200).json(summary);
  }

  /** The uploaded file's base name, restricted to plain characters. */
  private static String safeName(String filename) {
    String base = filename == null ? "" : filename.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return base.isEmpty() || base.startsWith(".") ? "upload" + base : base;
  }
}
