package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the real command line in-process against a real store in a temporary directory. */
class CliTest {
  static final Path EXAMPLES = Path.of(System.getProperty("storyline.repo", ".."), "examples");
  /** A small language set keeps the tests light; the default set is measured in docs/quality.md. */
  static final String LANGS = "--languages=pl,uk,it,hu,nl,en,de,ru";

  @TempDir Path tmp;
  /** The examples ingested once, in {@link #ingestTheExamplesOnce()}. */
  @TempDir static Path shared;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String readUtf8(Path p) {
    try {
      return io.storyline.ingest.TextDecoder.decode(Files.readAllBytes(p)).text();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String data() {
    return "--data=" + tmp.resolve("data");
  }

  /** The tests that only read the analysed examples share one ingest; those that change them use {@link #copy()}. */
  @BeforeAll
  static void ingestTheExamplesOnce() {
    Run r = run("--data=" + shared.resolve("examples"), "ingest", LANGS, EXAMPLES.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("5 stored");
  }

  /** The data directory with the five examples ingested, to read only. */
  private static String examples() {
    return "--data=" + shared.resolve("examples");
  }

  /** A copy of the ingested examples as this test's own data directory ({@link #data()}), to change. */
  private String copy() {
    io.storyline.app.DataCopy.of(shared.resolve("examples"), tmp.resolve("data"));
    return data();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "reprocess", "articles", "show", "export", "entities", "entity", "events", "storylines", "timeline",
      "storyline", "search", "serve", "demo", "eval", "bench", "train-names"})
  void everyCommandExplainsItselfWithHelp(String command) {
    Run r = run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: storyline " + command);
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithExitCodeTwo() {
    Run r = run("frobnicate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("frobnicate");
  }

  @Test
  void anUnknownExportFormatNamesTheValidChoices() {
    Run r = run(data(), "export", "--format", "xml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("xml").contains("jsonl, csv");
  }

  @Test
  void ingestingTheExamplesStoresFiveArticlesAndReingestingStoresNothingNew() throws IOException {
    Run first = run(data(), "ingest", LANGS, EXAMPLES.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("Read 5 documents").contains("5 stored").contains("0 skipped");

    Run again = run(data(), "ingest", LANGS, EXAMPLES.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("0 stored").contains("5 duplicates");

    Run list = run(data(), "articles");
    assertThat(list.out()).contains("Japonia chce bliższej współpracy z NATO").contains("5 of 5 articles");
    for (String lang : List.of(" pl ", " uk ", " it ", " hu ", " nl ")) {
      assertThat(list.out()).contains(lang);
    }
  }

  @Test
  void showMarksRemovedDebrisAndListsAnnotations() {
    Path seed = EXAMPLES.resolve("000_820872be4248e9f9.txt");
    run(data(), "ingest", LANGS, seed.toString());
    String id = io.storyline.core.Article.of(null, "x", null, null, readUtf8(seed), java.util.Map.of()).id();
    Run show = run(data(), "show", id);
    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.out()).contains("language  pl").contains("[-Reklama-]{ad-label}").contains("sentences ");
  }

  @Test
  void showListsTheArticlesEventStorylineEntitiesWithTheirCurrentNamesAndQuotes() {
    Run show = run(examples(), "show", "af486d1");
    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.out()).containsPattern("in event  \\S+ \\(.+\\): .+")
        .containsPattern("entities  [1-9]\\d*\n  \\S+ +(PER|ORG|LOC|MISC) +\\d+×  \\S")
        .containsPattern("quotes    \\d+");
  }

  @Test
  void showingAnUnknownIdFailsWithExitCodeOneAndSaysHowToListIds() {
    Run r = run(examples(), "show", "no-such-id");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no article with id 'no-such-id'").contains("storyline articles");
  }

  @Test
  void showTakesAUniquePrefixOfAnArticleIdAndSuggestsTheIdForATypo() {
    Run byPrefix = run(examples(), "show", "af486d1");
    assertThat(byPrefix.code()).as(byPrefix.err()).isZero();
    assertThat(byPrefix.out()).contains("id        af486d10792c8325");
    Run typo = run(examples(), "show", "af486d10792c8326");
    assertThat(typo.code()).isEqualTo(1);
    assertThat(typo.err()).contains("did you mean af486d10792c8325?");
  }

  @Test
  void anEntityIsFoundByItsEnglishNameAsAnIdAndAMistypedIdIsAnsweredWithTheIdItMeant() {
    Run r = run(examples(), "entity", "per-iens-stoltenberg");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no entity with id 'per-iens-stoltenberg'; did you mean per-yyens-stoltenberh");
    Run byName = run(examples(), "entity", "per-jens-stoltenberg");
    assertThat(byName.code()).as("the English name written as an id finds the entity").isZero();
    assertThat(byName.out()).contains("id        per-yyens-stoltenberh").contains("name      Jens Stoltenberg");
    Run typoOfName = run(examples(), "entity", "per-jens-stoltenbreg");
    assertThat(typoOfName.err()).contains("did you mean per-yyens-stoltenberh");
    Run earlierId = run(examples(), "entity", "per-iens-stoltenberh");
    assertThat(earlierId.code()).as("the id earlier versions gave (the linking key) still finds it").isZero();
    assertThat(earlierId.out()).contains("id        per-yyens-stoltenberh");
    assertThat(run(examples(), "entity", "per-jens-stolt").out()).as("a unique beginning").contains("name      Jens Stoltenberg");
  }

  @ParameterizedTest
  @ValueSource(strings = {"articles", "entities", "events", "storylines", "timeline", "export --format jsonl"})
  void aReadCommandOnAMissingDataDirectoryFailsAndCreatesNothing(String command) {
    Path missing = tmp.resolve("storyline-dta");
    List<String> args = new ArrayList<>(List.of("--data=" + missing));
    args.addAll(List.of(command.split(" ")));
    Run r = run(args.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(missing + " does not exist").contains("--data DIR");
    assertThat(missing).doesNotExist();
  }

  @Test
  void searchFindsANameInEveryScriptAndTakesTheWebSearchFilters() {
    Run all = run(examples(), "search", "Stoltenberg");
    assertThat(all.code()).as(all.err()).isZero();
    assertThat(all.out()).contains("19d24da41d9fe7e1").contains("found as Йєнсом Столтенбергом").contains("3 of 3 articles match");
    Run ukrainian = run(examples(), "search", "Stoltenberg", "--lang", "uk", "--sort", "newest");
    assertThat(ukrainian.out()).contains("19d24da41d9fe7e1").contains("1 of 1 articles match");
    Run badSort = run(examples(), "search", "NATO", "--sort", "sideways");
    assertThat(badSort.code()).isEqualTo(1);
    assertThat(badSort.err()).contains("'sideways'").contains("relevance, newest, oldest");
  }

  @Test
  void articlesAreNewestFirstAndFilterByDateLanguageAndEntity() {
    List<String> newest = run(examples(), "articles").out().lines().skip(1).limit(2).map(l -> l.substring(0, 16)).toList();
    assertThat(newest).containsExactly("839e50d6c1352580", "19d24da41d9fe7e1");
    assertThat(run(examples(), "articles", "--sort", "oldest").out().lines().skip(1).findFirst().orElseThrow())
        .startsWith("19d24da41d9fe7e1").contains("3 May 2023, 14:30");
    assertThat(run(examples(), "articles", "--from", "2024").out()).contains("839e50d6c1352580").contains("1 of 1 articles");
    assertThat(run(examples(), "articles", "--lang", "pl,it").out()).contains("af486d10792c8325").contains("2 of 2 articles");
    assertThat(run(examples(), "articles", "--entity", "per-yyens-stoltenberh").out()).contains("3 of 3 articles");
    Run bad = run(examples(), "articles", "--to", "May 2023");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("bad --to 'May 2023'").contains("2024-07");
  }

  @Test
  void eventsAndStorylinesFilterByDateAndEntityAndSort() {
    assertThat(run(examples(), "events", "--from", "2024-01", "--to", "2024-12").out()).contains("1 of 1 events").contains("July 2024");
    assertThat(run(examples(), "events", "--entity", "per-yyens-stoltenberh", "--sort", "newest").out().lines().skip(1)
        .findFirst().orElseThrow()).contains("July 2024");
    assertThat(run(examples(), "events", "--lang", "nl").out()).contains("1 of 1 events");
    assertThat(run(examples(), "storylines", "--from", "2025").out()).contains("0 of 0 storylines");
    assertThat(run(examples(), "storylines", "--to", "2023", "--entity", "loc-jp").out()).contains("1 of 1 storylines");
    Run typo = run(examples(), "events", "--entity", "per-iens-stoltenberg");
    assertThat(typo.code()).isEqualTo(1);
    assertThat(typo.err()).contains("did you mean per-yyens-stoltenberh");
  }

  @Test
  void anEntityIsSeenBetweenTheDatesOfItsArticlesNotTheTimesOfIngest() {
    Run r = run(examples(), "entity", "per-yyens-stoltenberh");
    assertThat(r.out()).contains("seen      3 May 2023 – July 2024 in 3 articles");
  }

  @Test
  void splittingAFormOffAnEntityMovesItsArticlesToTheNewEntity() {
    copy();
    Run split = run(data(), "entity", "split", "per-yyens-stoltenberh", "--forms", "Йєнсом Столтенбергом", "--by", "tester");
    assertThat(split.code()).as(split.err()).isZero();
    assertThat(split.out()).contains("into new entity per-yyens-stoltenberh-split");
    Run created = run(data(), "entity", "per-yyens-stoltenberh-split");
    assertThat(created.out()).contains("in 1 articles").contains("19d24da41d9fe7e1");
    Run original = run(data(), "entity", "per-yyens-stoltenberh");
    assertThat(original.out()).doesNotContain("19d24da41d9fe7e1").doesNotContain("Йєнсом Столтенбергом");
  }

  @Test
  void exportWritesOneDocumentedJsonObjectPerArticle() throws IOException {
    Path out = tmp.resolve("out.jsonl");
    Run r = run(examples(), "export", "--format", "jsonl", "--output", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(5);
    ObjectMapper mapper = new ObjectMapper();
    for (String line : lines) {
      JsonNode o = mapper.readTree(line);
      for (String field : List.of("id", "source", "url", "title", "text", "removed", "lang", "langConfidence")) {
        assertThat(o.has(field)).as("field %s in %s", field, o.get("id")).isTrue();
      }
      for (String field : List.of("times", "eventDate", "sentences")) {
        assertThat(o.has(field)).as("field %s in %s", field, o.get("id")).isTrue();
      }
      String text = o.get("text").asText();
      for (JsonNode time : o.get("times")) {
        assertThat(text.substring(time.get("start").asInt(), time.get("end").asInt())).isEqualTo(time.get("text").asText());
      }
      for (JsonNode span : o.get("removed")) {
        assertThat(span.get("end").asInt()).isBetween(span.get("start").asInt(), text.length());
      }
    }
    JsonNode ukrainian = lines.stream().map(l -> {
      try {
        return mapper.readTree(l);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).filter(o -> o.get("lang").asText().equals("uk")).findFirst().orElseThrow();
    JsonNode published = ukrainian.get("published");
    assertThat(published.get("value").asText()).isEqualTo("2023-05-03T14:30");
    assertThat(published.get("granularity").asText()).isEqualTo("MINUTE");
    assertThat(published.get("source").asText()).isEqualTo("text:byline");
    assertThat(ukrainian.get("text").asText().substring(published.get("start").asInt(), published.get("end").asInt()))
        .isEqualTo("3 травня 2023, 14:30");
    Path csv = tmp.resolve("out.csv");
    Run csvRun = run(examples(), "export", "--format", "csv", "-o", csv.toString());
    assertThat(csvRun.code()).as(csvRun.err()).isZero();
    assertThat(Files.readString(csv)).startsWith("id,source,url,title,lang,langConfidence,published,eventDate,event,storyline,removed,sentences,cleanText");
  }

  @Test
  void exportWritesQuotesJsonLdAndTheEntitiesEventsAndStorylines() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Path articles = tmp.resolve("articles.jsonl");
    assertThat(run(examples(), "export", "--format", "jsonl", "-o", articles.toString()).code()).isZero();
    JsonNode ukrainian = mapper.readTree(Files.readAllLines(articles).stream().filter(l -> l.startsWith("{\"id\":\"19d24da41d9fe7e1"))
        .findFirst().orElseThrow());
    JsonNode quote = ukrainian.get("quotes").get(0);
    assertThat(ukrainian.get("text").asText().substring(quote.get("start").asInt(), quote.get("end").asInt()))
        .isEqualTo(quote.get("text").asText());

    Run jsonLd = run(examples(), "export", "--format", "jsonld", "-o", tmp.resolve("graph.jsonld").toString());
    assertThat(jsonLd.code()).as(jsonLd.err()).isZero();
    JsonNode graph = mapper.readTree(tmp.resolve("graph.jsonld").toFile());
    assertThat(graph.get("@context").asText()).isEqualTo("https://schema.org");
    JsonNode article = graph.get("@graph").get(0);
    assertThat(article.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(article.get("about").toString()).contains("\"@type\":\"Event\"");
    assertThat(article.get("about").toString() + article.get("mentions")).contains("urn:storyline:entity:org-nato");

    Path entities = tmp.resolve("entities.jsonl");
    assertThat(run(examples(), "export", "entities", "--format", "jsonl", "-o", entities.toString()).code()).isZero();
    assertThat(mapper.readTree(Files.readAllLines(entities).getFirst()).get("variants").size()).isGreaterThan(3);
    Path events = tmp.resolve("events.csv");
    assertThat(run(examples(), "export", "events", "--format", "csv", "-o", events.toString()).code()).isZero();
    assertThat(Files.readAllLines(events)).hasSize(6).first().asString().startsWith("id,date,granularity,confidence,kind,gist");
    Run storylines = run(examples(), "export", "storylines", "--format", "jsonld", "-o", tmp.resolve("s.jsonld").toString());
    assertThat(storylines.err()).contains("exported 1 storylines as jsonld");
    assertThat(mapper.readTree(tmp.resolve("s.jsonld").toFile()).get("@graph").get(0).get("subEvent").size()).isEqualTo(5);
  }

  @Test
  void badDocumentsAreReportedWithPathAndReasonWhileGoodOnesAreStored() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "Japonia chce bliższej współpracy z NATO. Sekretarz generalny przebywał z wizytą w Tokio.");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("blob.bin"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0});
    Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"a\",\"text\":\"De NAVO en Japan halen de banden aan.\"}\n{broken\n");
    Run r = run(data(), "ingest", LANGS, in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 stored").contains("3 skipped");
    assertThat(r.err()).contains("empty.txt").contains("blob.bin").contains("feed.jsonl:2");
  }

  @Test
  void ingestFailsWithExitCodeOneWhenNothingCouldBeStored() throws IOException {
    Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
    Run r = run(data(), "ingest", LANGS, empty.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("nothing could be stored");
  }

  @Test
  void demoIngestsTheExamplesSummarisesLanguagesAndDebrisAndRemovesItsTemporaryDirectory() throws IOException {
    Run r = run("demo", LANGS, "--examples", EXAMPLES.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("5 stored").contains("Languages:      hu 1, it 1, nl 1, pl 1, uk 1").contains("Debris removed:")
        .contains("./storyline demo --data DIR");
    String used = r.out().lines().findFirst().orElseThrow().replaceAll(".* into (\\S+) \\(temporary.*", "$1");
    assertThat(used).contains("storyline-demo-");
    assertThat(Path.of(used)).doesNotExist();
  }

  @Test
  void benchRemovesItsCorpusAndDataUnlessAskedToKeepThem() throws IOException {
    for (boolean keep : new boolean[] {false, true}) {
      Run r = keep ? run("bench", LANGS, "--articles", "5", "--texts", EXAMPLES.toString(), "--keep")
          : run("bench", LANGS, "--articles", "5", "--texts", EXAMPLES.toString());
      assertThat(r.code()).as(r.err()).isZero();
      Path used = Path.of(r.out().lines().findFirst().orElseThrow().replaceAll("corpus and data in (\\S+).*", "$1"));
      assertThat(used.getFileName().toString()).startsWith("storyline-bench-");
      if (keep) {
        assertThat(used.resolve("corpus.jsonl")).exists();
        DemoCommand.delete(used);
      } else {
        assertThat(used).doesNotExist();
      }
    }
  }

  @Test
  void theSamePersonPlaceAndOrganisationAreOneEntityAcrossLanguagesAndScripts() {
    Run list = run(examples(), "entities", "--limit", "500");
    assertThat(list.code()).as(list.err()).isZero();
    for (String name : List.of("Japan", "NATO", "Jens Stoltenberg", "Fumio Kishida", "Mark Rutte", "Ukraine", "Russia",
        "China", "North Korea", "South Korea")) {
      assertThat(list.out().lines().filter(l -> l.matches(".*\\s" + java.util.regex.Pattern.quote(name) + "\\s{2,}.*")))
          .as("one registry row for %s", name).hasSize(1);
    }
    Run japan = run(examples(), "entity", "loc-jp");
    assertThat(japan.out()).contains("Японія").contains("Giappone").contains("Japán").contains("Japonia")
        .contains("in 5 articles");
  }

  @Test
  void anEntityFilterFindsTheArticlesOfTheEntitiesMergedIntoIt() {
    String data = copy();
    assertThat(run(data, "articles", "--entity", "per-mark-rutte").out()).contains("2 of 2 articles");
    Run merge = run(data, "entity", "merge", "per-fumio-kisida", "--into", "per-mark-rutte", "--by", "tester");
    assertThat(merge.code()).as(merge.err()).isZero();
    // the articles were indexed with Kishida's id; the filter follows the merge
    assertThat(run(data, "articles", "--entity", "per-mark-rutte").out()).contains("5 of 5 articles");
    assertThat(run(data, "search", "NATO", "--entity", "per-mark-rutte").out()).contains("Japán");
  }

  @Test
  void anEntityFilterFollowsASplitTheArticlesWritingTheSplitNamesMoveToTheNewEntity() {
    String data = copy();
    String ukrainian = "19d24da41d9fe7e1"; // the example that writes Stoltenberg in Cyrillic only
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("(?m)^id +(\\S+)").matcher(run(data, "entity", "per-jens-stoltenberg").out());
    assertThat(id.find()).isTrue();
    String stoltenberg = id.group(1);
    assertThat(run(data, "articles", "--entity", stoltenberg).out()).contains("3 of 3 articles").contains(ukrainian);
    Run split = run(data, "entity", "split", stoltenberg, "--forms", "Йєнс Столтенберг", "--by", "tester");
    assertThat(split.code()).as(split.err()).isZero();
    java.util.regex.Matcher created = java.util.regex.Pattern.compile("into new entity (\\S+)").matcher(split.out());
    assertThat(created.find()).as(split.out()).isTrue();
    // the articles were indexed with the original's id; the filters follow the split
    assertThat(run(data, "articles", "--entity", stoltenberg).out()).contains("2 of 2 articles").doesNotContain(ukrainian);
    assertThat(run(data, "articles", "--entity", created.group(1)).out()).contains("1 of 1 articles").contains(ukrainian);
    assertThat(run(data, "search", "НАТО", "--entity", created.group(1)).out()).contains(ukrainian.substring(0, 8));
    assertThat(run(data, "search", "NATO", "--entity", stoltenberg).out()).doesNotContain(ukrainian.substring(0, 8));
  }

  @Test
  void registryCorrectionsPersistAndShowInTheExport() throws IOException {
    Run rename = run(copy(), "entity", "rename", "org-nato", "North Atlantic Treaty Organization", "--by", "tester");
    assertThat(rename.code()).as(rename.err()).isZero();
    assertThat(run(data(), "entity", "org-nato").out()).contains("name      North Atlantic Treaty Organization");
    Path out = tmp.resolve("entities.jsonl");
    run(data(), "export", "--format", "jsonl", "-o", out.toString());
    JsonNode first = new ObjectMapper().readTree(Files.readAllLines(out).getFirst());
    JsonNode nato = null;
    for (JsonNode m : first.get("entities")) {
      if ("org-nato".equals(m.get("id").asText())) {
        nato = m;
      }
      assertThat(first.get("text").asText().substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("surface").asText());
    }
    assertThat(nato).isNotNull();
    assertThat(nato.get("name").asText()).isEqualTo("North Atlantic Treaty Organization");
    Run unknown = run(data(), "entity", "rename", "no-such", "X");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("no entity with id 'no-such'");
  }

  @Test
  void theExamplesFormOneStorylineOfFiveEventsOnATimelineThatIsHonestAboutMissingYears() {
    Run storylines = run(examples(), "storylines");
    assertThat(storylines.code()).as(storylines.err()).isZero();
    assertThat(storylines.out()).contains("NATO · Japan").contains("1 of 1 storylines").contains("3 May 2023 – July 2024");
    Run events = run(examples(), "events");
    assertThat(events.out()).contains("5 of 5 events").contains("Thursday, date unknown").contains("CONFIDENCE")
        .doesNotContain("XXXX");
    Run timeline = run(examples(), "timeline");
    assertThat(timeline.out()).contains("3 May 2023 (confidence 0.").contains("July 2024 (confidence 0.")
        .contains("8–9 April, year unknown (confidence 0.").contains("Mark Rutte").doesNotContain("2025-04")
        .doesNotContain("XXXX", "????");
    Run json = run(examples(), "timeline", "--format", "json");
    assertThat(json.out()).startsWith("{");
  }

  @Test
  void aStorylineSplitAndMergedBackByTheUserPersistsBetweenCommands() {
    copy();
    String storyline = run(data(), "storylines").out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
    String event = run(data(), "events").out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
    Run split = run(data(), "storyline", "split", storyline, "--events", event, "--by", "tester");
    assertThat(split.code()).as(split.err()).isZero();
    assertThat(run(data(), "storylines").out()).contains("2 of 2 storylines");
    List<String> ids = run(data(), "storylines").out().lines().skip(1).limit(2).map(l -> l.split("\\s+")[0]).toList();
    Run merge = run(data(), "storyline", "merge", ids.get(0), ids.get(1), "--by", "tester");
    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(run(data(), "storylines").out()).contains("1 of 1 storylines");
    assertThat(run(data(), "storyline", "merge", "no-such", "other").code()).isEqualTo(1);
  }

  @Test
  void dataDirectoryMayBeGivenAfterTheCommandToo() {
    List<String> args = new ArrayList<>(List.of("ingest", LANGS, data(), EXAMPLES.resolve("004_bcfb92fbb7ce6496.txt").toString()));
    assertThat(run(args.toArray(String[]::new)).code()).isZero();
    assertThat(run(data(), "articles").out()).contains("1 of 1 articles");
  }

  @Test
  void trainNamesWritesAModelFromTheSharedDataFolder() throws IOException {
    Path corpus = tmp.resolve("corpus");
    Path europeana = corpus.resolve("evaldata/europeana-newspapers-ner");
    Files.createDirectories(europeana.resolve("enp_NL.kb.bio"));
    StringBuilder bio = new StringBuilder();
    String[][] sentences = {
        {"Burgemeester", "O", "Jan", "B-PER", "de", "I-PER", "Vries", "I-PER", "bezocht", "O", "Utrecht", "B-LOC", ".", "O"},
        {"De", "O", "trein", "O", "naar", "O", "Leiden", "B-LOC", "was", "O", "vol", "O", ".", "O"},
        {"Minister", "O", "Anna", "B-PER", "Bakker", "I-PER", "sprak", "O", "in", "O", "Groningen", "B-LOC", ".", "O"},
        {"Het", "O", "Rode", "B-ORG", "Kruis", "I-ORG", "hielp", "O", "in", "O", "Zwolle", "B-LOC", ".", "O"}};
    for (int copy = 0; copy < 20; copy++) {
      for (String[] sentence : sentences) {
        for (int i = 0; i < sentence.length; i += 2) {
          bio.append(sentence[i]).append(' ').append(sentence[i + 1]).append('\n');
        }
      }
    }
    Files.writeString(europeana.resolve("enp_NL.kb.bio/enp_NL.kb.bio"), bio);
    Run r = run("train-names", "--data", corpus.toString(), "--out", tmp.resolve("models").toString(), "--languages", "nl");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("nl: MAXENT");
    assertThat(tmp.resolve("models/nl-ner.bin")).isNotEmptyFile();
    Run unknown = run("train-names", "--data", corpus.toString(), "--out", tmp.resolve("models").toString(),
        "--languages", "xx");
    assertThat(unknown.code()).isNotZero();
    assertThat(unknown.err()).contains("'xx'").contains("[de, en, fr, hu, nl]");
    Run badFeatures = run("train-names", "--data", corpus.toString(), "--out", tmp.resolve("models").toString(),
        "--languages", "nl", "--features", "brown");
    assertThat(badFeatures.code()).isNotZero();
    assertThat(badFeatures.err()).contains("--features brown").contains("clusters");
    Run tooLittleText = run("train-names", "--data", corpus.toString(), "--out", tmp.resolve("models").toString(),
        "--languages", "nl", "--features", "clusters");
    assertThat(tooLittleText.code()).isNotZero();
    assertThat(tooLittleText.err()).contains("256 clusters need more unlabelled text");
  }

  @Test
  void retypeTakesTheTypeInAnyCaseAndItsHelpListsTheTypes() {
    run(data(), "ingest", LANGS, EXAMPLES.resolve("004_bcfb92fbb7ce6496.txt").toString());
    Run retype = run(data(), "entity", "retype", "loc-jp", "organization", "--by", "tester");
    assertThat(retype.code()).as(retype.err()).isZero();
    assertThat(run(data(), "entity", "loc-jp").out()).contains("type      organization");
    assertThat(run("entity", "retype", "--help").out()).contains("PERSON").contains("LOCATION").doesNotContain("null");
    Run bad = run(data(), "entity", "retype", "loc-jp", "planet");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("planet").contains("PERSON");
  }

  @Test
  void anArticleStoredAgainWithNewTextCountsOnceInTheRegistry() throws IOException {
    Path first = tmp.resolve("first.jsonl");
    Path second = tmp.resolve("second.jsonl");
    Files.writeString(first, "{\"id\":\"a1\",\"lang\":\"en\",\"text\":\"Mark Rutte met Fumio Kishida in Tokyo. "
        + "Rutte praised Japan.\"}\n");
    Files.writeString(second, "{\"id\":\"a1\",\"lang\":\"en\",\"text\":\"Mark Rutte met Fumio Kishida in Tokyo on "
        + "Monday. Rutte praised Japan.\"}\n");
    assertThat(run(data(), "ingest", first.toString()).code()).isZero();
    String before = run(data(), "entity", "per-mark-rutte").out();
    Run update = run(data(), "ingest", second.toString());
    assertThat(update.code()).as(update.err()).isZero();
    assertThat(update.out() + update.err()).contains("1 updated");
    String after = run(data(), "entity", "per-mark-rutte").out();
    assertThat(after).contains("in 1 articles").contains("on Monday");
    assertThat(variantCounts(after)).hasSize(2).isEqualTo(variantCounts(before));
  }

  /** The variant lines of an `entity ID` listing, which end with the variant's count. */
  private static List<String> variantCounts(String entityListing) {
    return entityListing.lines().filter(l -> l.matches("\\s+\\S.*\\s\\d+$")).map(String::strip).toList();
  }
}
