package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GistTest {
  private static final Map<String, String> NAMES = Map.of("per-rutte", "Mark Rutte", "org-nato", "NATO",
      "loc-jp", "Japan", "per-nakatani", "Gen Nakatani", "per-biden", "Joe Biden", "per-biden-alone", "Biden",
      "per-hunter", "Hunter Biden", "loc-us", "United States", "per-run-on", "Later Joe Biden Said");

  private static Gist.Combined person(String id, double salience, String affiliation) {
    return new Gist.Combined(id, EntityType.PERSON, salience, false, affiliation);
  }

  @Test
  void saysWhoWithTheirAffiliationWhereAndWhomTheyMet() {
    List<Gist.Combined> entities = List.of(person("per-rutte", 4, "org-nato"),
        new Gist.Combined("loc-jp", EntityType.LOCATION, 3, true, null), person("per-nakatani", 2, "loc-jp"));
    assertThat(Gist.line("visit", entities, NAMES::get))
        .isEqualTo("Visit — Mark Rutte (NATO) in Japan; meets Gen Nakatani (Japan)");
  }

  @Test
  void anAffiliationWhoseNameWasRomanisedRatherThanWrittenIsLeftOut() {
    Map<String, String> names = Map.of("per-merkel", "Angela Merkel", "org-csu", "Hristiyansotsialniya sayuz",
        "per-rutte", "Mark Rutte", "org-nato", "NATO");
    List<Gist.Combined> entities = List.of(person("per-merkel", 4, "org-csu"), person("per-rutte", 2, "org-nato"));
    assertThat(Gist.line("meeting", entities, names::get, null, id -> !id.equals("org-csu")))
        .isEqualTo("Meeting — Angela Merkel; meets Mark Rutte (NATO)");
  }

  @Test
  void anEnglishGlossOfTheActionFollowsTheKind() {
    List<Gist.Combined> entities = List.of(person("per-rutte", 4, "org-nato"));
    assertThat(Gist.line("agreement", entities, NAMES::get, "defence cooperation"))
        .isEqualTo("Agreement: defence cooperation — Mark Rutte (NATO)");
    assertThat(Gist.line("agreement", entities, NAMES::get, null)).isEqualTo("Agreement — Mark Rutte (NATO)");
  }

  @Test
  void aPersonAlreadyNamedIsNotNamedAgainByPartOfTheirNameButAnotherOfTheFamilyIs() {
    List<Gist.Combined> entities = List.of(person("per-biden", 5, null), person("per-biden-alone", 3, null),
        person("per-hunter", 2, null), new Gist.Combined("loc-us", EntityType.LOCATION, 2, true, null));
    assertThat(Gist.line("election", entities, NAMES::get))
        .isEqualTo("Election — Joe Biden in United States; with Hunter Biden");
  }

  @Test
  void anAffiliationThatIsThePlaceOfTheEventIsSaidOnce() {
    List<Gist.Combined> entities = List.of(person("per-biden", 5, "loc-us"),
        new Gist.Combined("loc-us", EntityType.LOCATION, 2, true, null));
    assertThat(Gist.line("election", entities, NAMES::get)).isEqualTo("Election — Joe Biden in United States");
  }

  @Test
  void aPersonNamedByPartOfTheirNameIsShownByTheFullName() {
    List<Gist.Combined> entities = List.of(person("per-biden-alone", 5, null), person("per-biden", 2, null));
    assertThat(Gist.line("report", entities, NAMES::get)).isEqualTo("Report — Joe Biden");
  }

  @Test
  void aPersonNamedByOneWordKeepsItWhenTwoFullNamesOrOnlyALongRunIncludeIt() {
    assertThat(Gist.line("report", List.of(person("per-biden-alone", 5, null), person("per-biden", 2, null),
        person("per-hunter", 2, null)), NAMES::get)).startsWith("Report — Biden;");
    assertThat(Gist.line("report", List.of(person("per-biden-alone", 5, null), person("per-run-on", 2, null)),
        NAMES::get)).startsWith("Report — Biden;");
  }
}
