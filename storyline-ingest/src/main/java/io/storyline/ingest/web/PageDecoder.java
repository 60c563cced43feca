package io.storyline.ingest.web;

import io.storyline.ingest.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes a page received over HTTP (fetched, or from a WARC archive), using the charset its header names. */
public final class PageDecoder {

  private PageDecoder() {
  }

  /** The page's text: valid UTF-8 as such, else the header's charset when the bytes fit it, else as a saved page. */
  public static TextDecoder.Decoded decode(byte[] bytes, String headerCharset) {
    if (headerCharset != null && strictly(bytes, StandardCharsets.UTF_8).isEmpty()) {
      Optional<Charset> charset = charset(headerCharset);
      Optional<String> text = charset.flatMap(c -> strictly(bytes, c));
      if (text.isPresent()) {
        return new TextDecoder.Decoded(text.get(), charset.get().name());
      }
    }
    return TextDecoder.decodeHtml(bytes);
  }

  private static Optional<Charset> charset(String name) {
    try {
      String n = name.strip().replace("\"", "");
      // browsers read ISO-8859-1 and ASCII labels as windows-1252
      return Optional.of(n.equalsIgnoreCase("iso-8859-1") || n.equalsIgnoreCase("us-ascii")
          ? Charset.forName("windows-1252") : Charset.forName(n));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> strictly(byte[] bytes, Charset charset) {
    try {
      return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
