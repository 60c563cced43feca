package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostileInputTest {
  private static final MentionRecognizer R = Recognizers.SHARED;

  private static void checkInvariants(String text, List<Mention> mentions) {
    int last = 0;
    for (Mention m : mentions) {
      assertThat(m.start()).isGreaterThanOrEqualTo(last);
      assertThat(m.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
      last = m.end();
    }
  }

  @Test
  void survivesRandomUnicodeWithSpansInsideTheText() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        int cp = switch (random.nextInt(5)) {
          case 0 -> 'A' + random.nextInt(26);
          case 1 -> 'а' + random.nextInt(32);
          case 2 -> " .,-'\n„”".charAt(random.nextInt(8));
          case 3 -> 'А' + random.nextInt(32);
          default -> random.nextInt(0x3000);
        };
        if (!Character.isSurrogate((char) cp)) {
          sb.appendCodePoint(cp);
        }
      }
      String text = sb.toString();
      for (String lang : List.of("pl", "uk", "hu", "und")) {
        checkInvariants(text, R.recognise(text, lang));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "SEKRETARZ GENERALNY NATO MARK RUTTE PRZEBYWAŁ Z WIZYTĄ W JAPONII, GDZIE SPOTKAŁ SIĘ Z PREMIEREM.",
      "sekretarz generalny nato mark rutte przebywał z wizytą w japonii, gdzie spotkał się z premierem ishibą.",
      "Anna Nowak\nJan Kowalski\nPiotr Wiśniewski\nMaria Wójcik\nKrzysztof Kamiński\n",
      "Генсек НAТО Єнс Столтенберг (Latin A inside) та прем'єр Японiї (Latin i inside)"})
  void handlesCapsListsAndMixedScripts(String text) {
    checkInvariants(text, R.recognise(text, "pl"));
  }

  @Test
  void findsGazetteerNamesInAllCapsText() {
    String text = "SEKRETARZ GENERALNY NATO PRZEBYWAŁ Z WIZYTĄ W JAPONII I ROZMAWIAŁ O UKRAINIE ORAZ O ROSJI.";
    assertThat(R.recognise(text, "pl")).extracting(Mention::key).contains("#NATO", "#JP", "#UA", "#RU");
  }

  @Test
  void matchesWordsWithHomoglyphsOfTheOtherScript() {
    String text = "Делегація прибула до Японiї разом з НAТО.";
    assertThat(R.recognise(text, "uk")).extracting(Mention::key).contains("#JP", "#NATO");
  }

  @Test
  void staysFastOnAVeryLongDocument() {
    String sentence = "Sekretarz generalny NATO Mark Rutte spotkał się w Tokio z premierem Japonii Shigeru Ishibą. ";
    String text = String.join("", IntStream.range(0, 2000).mapToObj(i -> sentence).toList())
        + "A".repeat(100_000) + " " + "Ab ".repeat(30_000);
    long start = System.nanoTime();
    checkInvariants(text, R.recognise(text, "pl"));
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
  }
}
