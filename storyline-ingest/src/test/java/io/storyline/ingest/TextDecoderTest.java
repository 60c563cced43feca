package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.ingest.TextDecoder.Decoded;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

  @Test
  void decodesValidUtf8AsUtf8() {
    String text = Seeds.text("001");
    assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(new Decoded(text, "UTF-8"));
  }

  @ParameterizedTest(name = "{1} ({0})")
  @CsvSource({
      "000, windows-1250, windows-1250",
      "001, windows-1251, windows-1251",
      "001, KOI8-U, KOI8-U",
      "002, windows-1252, windows-1252",
      "004, windows-1252, windows-1252",
  })
  void detectsTheCharsetOfASeedArticleAndDecodesItExactly(String seed, String charset, String reported) {
    String text = Seeds.text(seed);
    Decoded decoded = TextDecoder.decode(text.getBytes(Charset.forName(charset)));
    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.charset()).isEqualTo(reported);
  }

  @Test
  void decodesKoi8TextAsKoi8uSoThatUkrainianLettersSurvive() {
    // ICU names every KOI8 text KOI8-R; in KOI8-R the bytes of і ї є ґ are box-drawing characters.
    String text = Seeds.text("001");
    assertThat(text).contains("і", "ї", "є");
    assertThat(TextDecoder.decode(text.getBytes(Charset.forName("KOI8-U"))).text()).isEqualTo(text);
  }

  @Test
  void decodesPolishInIso88592() {
    // ISO-8859-2 lacks the seed's dash, bullet and „quotes”; they are replaced by what it can represent.
    String text = Seeds.text("000").replace('–', '-').replace('„', '"').replace('”', '"').replace('•', '*');
    Decoded decoded = TextDecoder.decode(text.getBytes(Charset.forName("ISO-8859-2")));
    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.charset()).isEqualTo("ISO-8859-2");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"windows-1250", "ISO-8859-2"})
  void decodesHungarianInEitherLatin2CharsetThoughTheNameCannotBeTold(String charset) {
    // The Hungarian seed has no character that windows-1250 and ISO-8859-2 encode differently, so
    // the bytes are the same in both and ICU reports ISO-8859-2 for both: the text comes out right,
    // the charset name is only right for ISO-8859-2.
    String text = Seeds.text("003");
    assertThat(text.getBytes(Charset.forName(charset))).isEqualTo(text.getBytes(Charset.forName("ISO-8859-2")));
    Decoded decoded = TextDecoder.decode(text.getBytes(Charset.forName(charset)));
    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.charset()).isIn("ISO-8859-2", "windows-1250");
  }

  @Test
  void stripsAUtf8ByteOrderMark() {
    byte[] bytes = ("\uFEFF" + "Zażółć").getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(bytes)).isEqualTo(new Decoded("Zażółć", "UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UTF-16LE", "UTF-16BE"})
  void decodesUtf16ByItsByteOrderMarkAndDropsTheMark(String charset) {
    String text = Seeds.text("001");
    byte[] bytes = ("\uFEFF" + text).getBytes(Charset.forName(charset));
    assertThat(TextDecoder.looksBinary(bytes)).isFalse();
    assertThat(TextDecoder.decode(bytes)).isEqualTo(new Decoded(text, charset));
  }

  @Test
  void honoursTheCharsetAnHtmlPageDeclares() {
    String html = "<html><head><meta charset=\"windows-1250\"></head><body><p>" + Seeds.text("003") + "</p></body></html>";
    Decoded decoded = TextDecoder.decodeHtml(html.getBytes(Charset.forName("windows-1250")));
    assertThat(decoded.text()).isEqualTo(html);
    assertThat(decoded.charset()).isEqualTo("windows-1250");
  }

  @Test
  void honoursAnHttpEquivDeclarationAndReadsLatin1AsWindows1252() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
        + "<body><p>“Città” è così</p></body></html>";
    Decoded decoded = TextDecoder.decodeHtml(html.getBytes(Charset.forName("windows-1252")));
    assertThat(decoded.text()).isEqualTo(html);
    assertThat(decoded.charset()).isEqualTo("windows-1252");
  }

  @Test
  void ignoresADeclaredCharsetTheBytesDoNotFit() {
    // The page claims UTF-8 but is windows-1251: the claim is dropped and the detector decides.
    String html = "<html><head><meta charset=utf-8></head><body><p>" + Seeds.text("001") + "</p></body></html>";
    Decoded decoded = TextDecoder.decodeHtml(html.getBytes(Charset.forName("windows-1251")));
    assertThat(decoded.text()).isEqualTo(html);
    assertThat(decoded.charset()).isEqualTo("windows-1251");
  }

  @Test
  void findsTheCharsetOfTextThatStartsAfterLongAsciiMarkup() {
    String head = "<html><head><script>" + "var tracking = {id: 1, enabled: true};\n".repeat(400) + "</script></head>";
    String html = head + "<body><p>" + Seeds.text("000") + "</p></body></html>";
    assertThat(head.length()).isGreaterThan(8000);
    assertThat(TextDecoder.decodeHtml(html.getBytes(Charset.forName("windows-1250"))).text()).isEqualTo(html);
  }

  @Test
  void tellsBinaryFromText() {
    assertThat(TextDecoder.looksBinary("plain text\twith tabs\r\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(TextDecoder.looksBinary(new byte[] {'P', 'K', 3, 4, 0, 0})).isTrue();
    assertThat(TextDecoder.looksBinary("a\u0001b\u0002c\u0003d".getBytes(StandardCharsets.UTF_8))).isTrue();
  }
}
