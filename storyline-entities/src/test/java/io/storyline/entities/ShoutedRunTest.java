package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headlines, banners and interface lines written in capitals are not names. */
class ShoutedRunTest {

  private static List<String> surfaces(String text, String language) {
    return Recognizers.SHARED.recognise(text, language).stream().map(Mention::surface).toList();
  }

  @ParameterizedTest(name = "{1}: no name in \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "HLAJENJE PO BRITANSKO\\n\\nVlada je včeraj sprejela nov ukrep.         | sl | BRITANSKO",
      "(PISMO IZ AMERIKE) Čakajoč na signal iz nebes in z borze.            | sl | PISMO",
      "ЗА ПІДТРИМКИ ПАРТНЕРІВ\\n\\nУряд ухвалив рішення у вівторок.          | uk | ПІДТРИМКИ",
      "ВИДИТЕ НЕЩО ЛЮБОПИТНО\\n\\nПравителството реши във вторник.            | bg | ЛЮБОПИТНО",
      "ASIA BIBI ZWOLNIONA PO 8 LATACH Z WIĘZIENIA Sąd wydał wyrok.         | pl | ZWOLNIONA"})
  void aRunOfCapitalsWithAFunctionWordIsNoName(String text, String language, String word) {
    assertThat(surfaces(text.replace("\\n", "\n").strip(), language)).noneMatch(s -> s.contains(word));
  }

  @Test
  void aKnownNameInsideAShoutedRunIsStillFound() {
    assertThat(surfaces("NATO I JAPONIA ZACIEŚNIAJĄ WSPÓŁPRACĘ\n\nRozmowy trwały dwa dni.", "pl")).contains("NATO");
  }

  @Test
  void acronymsWrittenTogetherWithoutAFunctionWordStayNames() {
    assertThat(surfaces("Wczoraj w Brukseli przedstawiciele NATO i UE rozmawiali z ONZ.", "pl"))
        .contains("NATO", "UE", "ONZ");
  }
}
