package io.storyline.app.export;

import io.storyline.app.Workspace;
import io.storyline.web.ExportHandler;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Export for {@code GET /api/export}: the same {@link Export} as the command line, streamed into the response. */
public final class WebExport implements ExportHandler {
  private final Workspace workspace;

  public WebExport(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Stream open(String what, String format) {
    Export.Kind kind = Export.Kind.parse(what);
    Export.Format chosen = Export.Format.parse(format);
    return new Stream() {
      @Override
      public String mediaType() {
        return chosen.mediaType();
      }

      @Override
      public String fileName() {
        return kind.name().toLowerCase(Locale.ROOT) + "." + chosen.extension();
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new Export(workspace, warning -> {}).write(kind, chosen, w, (done, total) -> {});
        w.flush();
      }
    };
  }
}
