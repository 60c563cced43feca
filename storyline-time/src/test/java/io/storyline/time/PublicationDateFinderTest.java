package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateFinderTest {
  private final PublicationDateFinder finder = new PublicationDateFinder(new TimeExpressionExtractor());

  @Test
  void prefersPublishedOverModifiedMetadata() {
    PublicationDate d = finder.find(Map.of("meta:article:modified_time", "2024-07-14T10:00:00Z",
        "meta:article:published_time", "2024-07-12T08:15:00+02:00"), null, "", "en").orElseThrow();
    assertThat(d.value()).isEqualTo("2024-07-12T08:15");
    assertThat(d.source()).isEqualTo("meta:article:published_time");
  }

  @Test
  void givenPublishedWins() {
    PublicationDate d = finder.find(Map.of("published", "2024-07-01", "jsonld:datePublished", "2024-07-02"), null, "", "en")
        .orElseThrow();
    assertThat(d.source()).isEqualTo("given");
    assertThat(d.value()).isEqualTo("2024-07-01");
  }

  @Test
  void readsRfc1123AndDottedDates() {
    assertThat(finder.find(Map.of("meta:date", "Fri, 12 Jul 2024 14:30:00 GMT"), null, "", "en").orElseThrow().value())
        .isEqualTo("2024-07-12T14:30");
    assertThat(finder.find(Map.of("meta:date", "12.07.2024"), null, "", "de").orElseThrow().value()).isEqualTo("2024-07-12");
  }

  @Test
  void readsTheUrlPath() {
    PublicationDate d = finder.find(Map.of(), "https://example.com/news/2024/07/12/story.html", "", "en").orElseThrow();
    assertThat(d.value()).isEqualTo("2024-07-12");
    assertThat(d.source()).isEqualTo("url");
    assertThat(finder.find(Map.of(), "https://example.com/a/20240712/story", "", "en").orElseThrow().value())
        .isEqualTo("2024-07-12");
  }

  @Test
  void readsAnEnglishByline() {
    String text = "Japan and NATO step up ties\nPublished 12 July 2024\nTokyo and the alliance agreed on Thursday...";
    PublicationDate d = finder.find(Map.of(), null, text, "en").orElseThrow();
    assertThat(d.value()).isEqualTo("2024-07-12");
    assertThat(d.source()).isEqualTo("text:byline");
    assertThat(text.substring(d.start(), d.end())).isEqualTo("12 July 2024");
  }

  @Test
  void ignoresDatesInTheBodyFarBelowTheHeader() {
    String text = "Title\n" + "A long paragraph of prose without any date at all, repeated.\n".repeat(30)
        + "Related: 3 May 2021\n";
    assertThat(finder.find(Map.of(), null, text, "en")).isEmpty();
  }

  @Test
  void takesTheDayTheHeadlineShowsOverAUtcTimestampOfTheEveningBefore() {
    PublicationDate d = finder.find(Map.of("jsonld:datePublished", "2019-10-18T22:04:00Z",
        "html:byline", "Von Anna Beispiel\n19. Oktober 2019 00:04 Uhr"), null, "", "de").orElseThrow();
    assertThat(d.day()).hasValueSatisfying(day -> assertThat(day).hasToString("2019-10-19"));
    assertThat(d.source()).isEqualTo("html:byline");
  }

  @Test
  void keepsAUtcTimestampWhenNoTimeZoneCanShiftItToTheShownDay() {
    // 23:12 UTC is the same day or the next one everywhere, never the day before
    PublicationDate d = finder.find(Map.of("jsonld:datePublished", "2020-09-28T23:12:35+00:00",
        "html:byline", "Tweeted September 27, 2020"), null, "", "en").orElseThrow();
    assertThat(d.source()).isEqualTo("jsonld:datePublished");
    assertThat(d.value()).startsWith("2020-09-28");
  }

  @Test
  void keepsATimestampWithItsOwnOffsetOverAShownDayOneDayOff() {
    PublicationDate d = finder.find(Map.of("meta:article:published_time", "2022-03-01T23:30:00+01:00",
        "html:byline", "2 March 2022"), null, "", "en").orElseThrow();
    assertThat(d.value()).startsWith("2022-03-01");
  }

  @Test
  void takesTheShownDateThatAnotherMachineReadableDateConfirms() {
    PublicationDate d = finder.find(Map.of("jsonld:datePublished", "2019-06-17T00:00:00+00:00",
        "jsonld:dateModified", "2020-06-04T16:41:46+00:00",
        "html:byline", "by A. Writer, last updated 04 Jun 2020, first written 17 Jun 2019"), null, "", "en").orElseThrow();
    assertThat(d.value()).isEqualTo("2020-06-04");
    assertThat(d.origin()).isEqualTo(PublicationDate.Origin.BYLINE);
  }

  @Test
  void aDateInThePagesDescriptionConfirmsNoShownDate() {
    PublicationDate d = finder.find(Map.of("jsonld:datePublished", "2022-01-20T09:00:00+01:00",
        "meta:description", "Am 4. Februar 2022 erscheint das neue Album.", "html:byline", "4. Februar 2022"), null, "", "de")
        .orElseThrow();
    assertThat(d.source()).isEqualTo("jsonld:datePublished");
  }

  @Test
  void readsASlashedShownDateTheWayTheMetadataDoes() {
    PublicationDate d = finder.find(Map.of("jsonld:datePublished", "2020-10-12T12:29:10+00:00",
        "meta:article:published_time", "2020-10-12T12:29:10+00:00",
        "html:byline", "By A. Writer | 12/10/2020"), null, "", "en").orElseThrow();
    assertThat(d.value()).startsWith("2020-10-12");
  }

  @Test
  void aCuedDateByTheHeadlineBeatsTheFirstTimeElement() {
    PublicationDate d = finder.find(Map.of("time:datetime", "2019-07-03T10:18:46Z",
        "html:byline", "Analyse\nPublié le 29 juin 2019"), null, "", "fr").orElseThrow();
    assertThat(d.value()).isEqualTo("2019-06-29");
  }

  @Test
  void readsAShownDateInAnotherLanguageWhenThePageLanguageFindsNone() {
    PublicationDate d = finder.find(Map.of("html:byline", "Geschrieben von Max am Dienstag 6. Mai 2014"), null, "", "en")
        .orElseThrow();
    assertThat(d.value()).isEqualTo("2014-05-06");
  }

  @Test
  void readsThePlaceDatelineThatOpensTheFirstParagraph() {
    String text = "Freiburg, (3.5.2022). Die Stadt eröffnet nach zwei Jahren Bauzeit ihr neues Hallenbad, "
        + "das zum ersten Mal auch im Winter ein Becken im Freien bietet und mehr Platz für Schulen hat.";
    PublicationDate d = finder.find(Map.of(), null, text, "de").orElseThrow();
    assertThat(d.value()).isEqualTo("2022-05-03");
    assertThat(d.source()).isEqualTo("text:dateline");
  }

  @Test
  void neverGivesADateAfterTheFetchTime() {
    Map<String, String> meta = Map.of("jsonld:datePublished", "2030-01-01T10:00:00Z", PublicationDateFinder.FETCHED,
        "2024-07-12T10:00:00Z");
    PublicationDate d = finder.find(meta, "https://example.com/2024/07/10/story", "", "en").orElseThrow();
    assertThat(d.value()).isEqualTo("2024-07-10");
    PublicationDateFinder yesterday = new PublicationDateFinder(new TimeExpressionExtractor(),
        Clock.fixed(Instant.parse("2024-07-12T10:00:00Z"), ZoneOffset.UTC));
    assertThat(yesterday.find(Map.of("meta:date", "2024-07-20"), null, "", "en")).isEmpty();
  }

  @Test
  void aDateAloneOnALineByTheHeadlineWinsOverAGenericDateKeyButNotOverJsonLd() {
    Map<String, String> generic = Map.of("meta:dcterms.date", "2021-12-20T11:02:44+01:00", "html:byline", "27.01.2022\nMehr Wissen");
    assertThat(finder.find(generic, null, "", "de").orElseThrow().value()).isEqualTo("2022-01-27");
    Map<String, String> site = Map.of("meta:zdf:publicationdate", "2020-09-08T17:33:18+02:00", "html:byline", "2 min\n04.04.2020");
    assertThat(finder.find(site, null, "", "de").orElseThrow().value()).isEqualTo("2020-04-04");
    Map<String, String> jsonLd = Map.of("jsonld:datePublished", "2021-12-20T11:02:44+01:00", "html:byline", "27.01.2022");
    assertThat(finder.find(jsonLd, null, "", "de").orElseThrow().value()).isEqualTo("2021-12-20T11:02");
    Map<String, String> inASentence = Map.of("meta:date", "2021-12-20", "html:byline", "Riesling feiert Geburtstag: 27.01.2022 in Mainz");
    assertThat(finder.find(inASentence, null, "", "de").orElseThrow().value()).isEqualTo("2021-12-20");
  }

  @Test
  void neverGivesADateAfterTheFileTimeWhenNoFetchTimeIsGiven() {
    Map<String, String> meta = Map.of("jsonld:datePublished", "2030-01-01T10:00:00Z", "meta:date", "2024-07-01",
        PublicationDateFinder.FILE_MODIFIED, "2024-07-12T10:00:00Z");
    assertThat(finder.find(meta, null, "", "en").orElseThrow().value()).isEqualTo("2024-07-01");
    assertThat(finder.find(Map.of("meta:date", "2024-07-20", PublicationDateFinder.FILE_MODIFIED, "2024-07-12T10:00:00Z",
        PublicationDateFinder.FETCHED, "2024-07-25T00:00:00Z"), null, "", "en").orElseThrow().value())
        .as("the fetch time wins over the file time").isEqualTo("2024-07-20");
    assertThat(finder.find(Map.of("meta:date", "2024-07-20", PublicationDateFinder.FILE_MODIFIED, "1980-01-01T00:00:00Z"),
        null, "", "en").orElseThrow().value()).as("a file time set to an epoch says nothing").isEqualTo("2024-07-20");
  }

  @Test
  void fallsBackToTheFeedDateWhenThePageShowsNone() {
    PublicationDate d = finder.find(Map.of(PublicationDateFinder.FEED_PUBLISHED, "Fri, 12 Jul 2024 14:30:00 GMT"), null,
        "A page whose text has no date at all.", "en").orElseThrow();
    assertThat(d.value()).isEqualTo("2024-07-12T14:30");
    assertThat(d.origin()).isEqualTo(PublicationDate.Origin.FEED);
  }

  @Test
  void prefersThePagesOwnDateOverTheFeeds() {
    PublicationDate d = finder.find(Map.of(PublicationDateFinder.FEED_PUBLISHED, "2024-07-13",
        "meta:article:published_time", "2024-07-12"), null, "", "en").orElseThrow();
    assertThat(d.value()).isEqualTo("2024-07-12");
  }

  @Test
  void readsUrlDatesWithMixedSeparators() {
    assertThat(finder.find(Map.of(), "https://example.com/news/2012-06/04/content_1.htm", "", "en").orElseThrow().value())
        .isEqualTo("2012-06-04");
  }

  @Test
  void readsAPublicationDateFromScriptDataOnlyWhenThePageShowsNoOther() {
    assertThat(finder.find(Map.of("script:published", "2016-11-04T20:37:27Z"), null, "", "en").orElseThrow().source())
        .isEqualTo("script:published");
    assertThat(finder.find(Map.of("script:published", "2016-11-04T20:37:27Z", "html:byline", "Posted 5 November 2016"),
        null, "", "en").orElseThrow().value()).isEqualTo("2016-11-05");
  }

  @Test
  void takesTheMostFrequentDateAnywhereOnThePageOnlyWhenNothingElseDatesIt() {
    Map<String, String> meta = Map.of("html:pagedates", "2023-11-01 2023-10-31", PublicationDateFinder.FETCHED, "2024-01-01T00:00:00Z");
    PublicationDate d = finder.find(meta, null, "A page whose text has no date at all.", "de").orElseThrow();
    assertThat(d.value()).isEqualTo("2023-11-01");
    assertThat(d.origin()).isEqualTo(PublicationDate.Origin.PAGE);
    assertThat(finder.find(Map.of("html:pagedates", "2023-11-01", PublicationDateFinder.FEED_PUBLISHED, "2023-10-30"), null, "", "de")
        .orElseThrow().source()).as("the feed's date comes first").isEqualTo("feed");
    assertThat(finder.find(Map.of("html:pagedates", "2023-11-01", "meta:date", "2023-05-02"), null, "", "de")
        .orElseThrow().value()).isEqualTo("2023-05-02");
  }

  @Test
  void neverTakesAPageDateAfterTheFetchTime() {
    Map<String, String> meta = Map.of("html:pagedates", "2030-01-01 2024-07-01", PublicationDateFinder.FETCHED, "2024-07-12T10:00:00Z");
    assertThat(finder.find(meta, null, "", "en").orElseThrow().value()).isEqualTo("2024-07-01");
  }

  @Test
  void aDateOnThePageMakesAMonthInTheUrlADay() {
    PublicationDate d = finder.find(Map.of("html:pagedates", "2019-05-02 2011-12-03"),
        "http://blog.example/news/2011/12/no-cyberterrorism/", "", "de").orElseThrow();
    assertThat(d.value()).isEqualTo("2011-12-03");
    assertThat(finder.find(Map.of("html:pagedates", "2019-05-02"), "http://blog.example/news/2011/12/x/", "", "de")
        .orElseThrow().value()).isEqualTo("2011-12");
  }

  @ParameterizedTest(name = "{0} is a date from {1}")
  @CsvSource({"given, GIVEN", "feed, FEED", "url, URL", "jsonld:datePublished, JSON_LD",
      "meta:og:published_time, META_OG", "meta:article:published_time, META_OG", "meta:dc.date.issued, META",
      "time:datetime, TIME_ELEMENT", "html:byline, BYLINE", "html:dateline, BYLINE", "text:byline, BYLINE",
      "text:dateline, TEXT", "script:published, SCRIPT", "html:pagedates, PAGE"})
  void namesTheOriginOfEverySource(String source, PublicationDate.Origin origin) {
    assertThat(new PublicationDate("2024-07-12", Granularity.DAY, source, -1, -1).origin()).isEqualTo(origin);
  }
}
