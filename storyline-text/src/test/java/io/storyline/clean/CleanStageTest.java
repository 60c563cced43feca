package io.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.Layers;
import io.storyline.core.Pipeline;
import io.storyline.core.RemovedSpan;
import io.storyline.text.ResourceLines;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Cleanup of synthetic articles in languages other than the seeds', entries in the {@link GoldenFormat}. */
class CleanStageTest {
  private static final CleanStage STAGE = new CleanStage();

  private static Article article(String text) {
    return Article.of(null, "test", null, null, text, Map.of());
  }

  private static List<String> clean(String text) {
    return GoldenFormat.render(STAGE.apply(article(text)));
  }

  @Test
  void declaresItsNameAndLayersSoThePipelineCanOrderIt() {
    assertThat(STAGE.name()).isEqualTo("clean");
    assertThat(STAGE.requires()).isEmpty();
    assertThat(STAGE.provides()).containsExactlyInAnyOrder(Layers.REMOVED, Layers.TITLE);
    assertThat(Pipeline.builder().add(STAGE).build().provides()).contains(Layers.REMOVED);
  }

  @Test
  void shipsAPhraseListForEveryRequiredLanguage() {
    assertThat(ResourceLines.entries(CleanStage.class, "phrases/index.txt"))
        .contains("pl.txt", "uk.txt", "ru.txt", "it.txt", "hu.txt", "nl.txt", "en.txt", "de.txt", "fr.txt", "es.txt", "cs.txt");
  }

  @Test
  void cleansAGermanArticleWithBreadcrumbBylineDatelineCreditCaptionRelatedTagsAndCopyright() {
    assertThat(clean("""
        Startseite › Politik › Ausland
        Von Anna Schmidt
        12.03.2024, 14:30 Uhr

        Nato und Japan vertiefen ihre Zusammenarbeit

        Die Nato und Japan wollen bei Cyberabwehr und Seesicherheit enger zusammenarbeiten, teilte das Bündnis am Dienstag mit.
        Anzeige
        Foto: dpa
        Generalsekretär Rutte und Premier Ishiba in Tokio
        Fotos aus Kiew zeigen die Zerstörung nach dem nächtlichen Angriff auf das Kraftwerk.
        Die Werbung für den Beitritt, sagte Rutte, sei keine Anzeige, sondern eine Einladung.
        Lesen Sie auch: Japan erhöht Verteidigungsausgaben
        Schlagworte: Nato, Japan, Sicherheit
        Alle Rechte vorbehalten. © 2024 Beispielverlag
        """)).containsExactly(
        "DROP navigation Startseite › Politik › Ausland",
        "DROP byline Von Anna Schmidt",
        "DROP dateline 12.03.2024, 14:30 Uhr",
        "KEEP Nato und Japan vertiefen ihre Zusammenarbeit",
        "KEEP Die Nato und Japan wollen bei Cyberabwehr und Seesicherheit enger zusammenarbeiten, teilte das Bündnis"
            + " am Dienstag mit.",
        "DROP ad-label Anzeige",
        "DROP photo-credit Foto: dpa",
        "DROP caption Generalsekretär Rutte und Premier Ishiba in Tokio",
        "KEEP Fotos aus Kiew zeigen die Zerstörung nach dem nächtlichen Angriff auf das Kraftwerk.",
        "KEEP Die Werbung für den Beitritt, sagte Rutte, sei keine Anzeige, sondern eine Einladung.",
        "DROP related Lesen Sie auch: Japan erhöht Verteidigungsausgaben",
        "DROP tags Schlagworte: Nato, Japan, Sicherheit",
        "DROP footer Alle Rechte vorbehalten. © 2024 Beispielverlag");
  }

  @Test
  void cleansAFrenchArticleAndKeepsAQuoteAfterThePhotoCreditAndASentenceAboutAdvertising() {
    assertThat(clean("""
        Accueil | Monde | Asie
        Par Jean Dupont

        Le Japon et l'Otan renforcent leur coopération

        Le Japon et l'Otan ont annoncé mardi à Tokyo un renforcement de leur coopération face à la Chine et à la Russie.
        Publicité
        Photo : AFP
        « La sécurité de l'Europe et celle de l'Asie sont liées », a déclaré Mark Rutte devant les étudiants.
        La publicité faite autour de cette visite a surpris les diplomates européens, selon plusieurs sources.
        À lire aussi : Tokyo augmente son budget de défense
        Partager
        Suivez-nous sur Telegram https://t.me/exemple
        """)).containsExactly(
        "DROP navigation Accueil | Monde | Asie",
        "DROP byline Par Jean Dupont",
        "KEEP Le Japon et l'Otan renforcent leur coopération",
        "KEEP Le Japon et l'Otan ont annoncé mardi à Tokyo un renforcement de leur coopération face à la Chine et à"
            + " la Russie.",
        "DROP ad-label Publicité",
        "DROP photo-credit Photo : AFP",
        "KEEP « La sécurité de l'Europe et celle de l'Asie sont liées », a déclaré Mark Rutte devant les étudiants.",
        "KEEP La publicité faite autour de cette visite a surpris les diplomates européens, selon plusieurs sources.",
        "DROP related À lire aussi : Tokyo augmente son budget de défense",
        "DROP share Partager",
        "DROP promo Suivez-nous sur Telegram https://t.me/exemple");
  }

  @Test
  void cleansASpanishArticleAndKeepsAParagraphThatOpensWithFoto() {
    assertThat(clean("""
        Inicio
        Por María García
        9 abr 2024 - 10:30

        Japón y la OTAN estrechan su cooperación en defensa

        Japón y la OTAN acordaron este martes en Tokio reforzar su cooperación en ciberseguridad, informó la alianza.
        Publicidad
        Foto: EFE
        El secretario general de la OTAN, Mark Rutte, en Tokio
        Foto de familia de los ministros de Defensa, tomada el jueves en Bruselas tras la reunión de la alianza.
        Lee también: Japón aumenta su presupuesto militar
        Etiquetas: OTAN, Japón, China
        Todos los derechos reservados
        """)).containsExactly(
        "DROP navigation Inicio",
        "DROP byline Por María García",
        "DROP dateline 9 abr 2024 - 10:30",
        "KEEP Japón y la OTAN estrechan su cooperación en defensa",
        "KEEP Japón y la OTAN acordaron este martes en Tokio reforzar su cooperación en ciberseguridad, informó la"
            + " alianza.",
        "DROP ad-label Publicidad",
        "DROP photo-credit Foto: EFE",
        "DROP caption El secretario general de la OTAN, Mark Rutte, en Tokio",
        "KEEP Foto de familia de los ministros de Defensa, tomada el jueves en Bruselas tras la reunión de la"
            + " alianza.",
        "DROP related Lee también: Japón aumenta su presupuesto militar",
        "DROP tags Etiquetas: OTAN, Japón, China",
        "DROP footer Todos los derechos reservados");
  }

  @Test
  void cleansAnEnglishArticleWithAMetadataHeaderLinePromoAndCounter() {
    assertThat(clean("""
        Home › World › Asia
        By John Smith
        Updated: 2024-04-09 10:30

        NATO and Japan agree to deepen security ties

        NATO and Japan agreed on Tuesday to deepen their cooperation on cyber defence and maritime security, officials said.
        Advertisement
        Photo: Reuters
        NATO Secretary General Mark Rutte and Prime Minister Shigeru Ishiba in Tokyo
        Photographs published on Tuesday showed the two leaders touring a shipyard near Yokohama.
        Read more: Japan raises its defence budget
        Subscribe to our newsletter
        Tags: NATO, Japan, security
        423
        """)).containsExactly(
        "DROP navigation Home › World › Asia",
        "DROP byline By John Smith",
        "DROP header Updated: 2024-04-09 10:30",
        "KEEP NATO and Japan agree to deepen security ties",
        "KEEP NATO and Japan agreed on Tuesday to deepen their cooperation on cyber defence and maritime security,"
            + " officials said.",
        "DROP ad-label Advertisement",
        "DROP photo-credit Photo: Reuters",
        "DROP caption NATO Secretary General Mark Rutte and Prime Minister Shigeru Ishiba in Tokyo",
        "KEEP Photographs published on Tuesday showed the two leaders touring a shipyard near Yokohama.",
        "DROP related Read more: Japan raises its defence budget",
        "DROP promo Subscribe to our newsletter",
        "DROP tags Tags: NATO, Japan, security",
        "DROP counter 423");
  }

  @Test
  void cleansARussianArticleWithLanguageSwitcherEarlierReportedLineAndTypoFooter() {
    assertThat(clean("""
        RU | UA | EN
        Главная
        Текст: Иван Петров
        0

        НАТО откроет офис в Японии

        НАТО планирует открыть в Токио первый в Азии офис связи для консультаций с Японией и партнерами в регионе.
        Реклама
        Фото: Reuters
        Генсек НАТО Йенс Столтенберг и премьер Японии Фумио Кисида
        Фотографии встречи опубликовали в пятницу на сайте правительства Японии.
        Ранее сообщалось, что США готовы отправить войска на Тайвань.
        Читайте также: Генсек НАТО призвал Китай к сдержанности
        Подписывайтесь на наш канал в Telegram https://t.me/example
        Теги: НАТО, Япония
        Если вы заметили ошибку, выделите ее мышью и нажмите Ctrl+Enter.
        Читать комментарии
        """)).containsExactly(
        "DROP language-switcher RU | UA | EN",
        "DROP navigation Главная",
        "DROP byline Текст: Иван Петров",
        "DROP counter 0",
        "KEEP НАТО откроет офис в Японии",
        "KEEP НАТО планирует открыть в Токио первый в Азии офис связи для консультаций с Японией и партнерами в"
            + " регионе.",
        "DROP ad-label Реклама",
        "DROP photo-credit Фото: Reuters",
        "DROP caption Генсек НАТО Йенс Столтенберг и премьер Японии Фумио Кисида",
        "KEEP Фотографии встречи опубликовали в пятницу на сайте правительства Японии.",
        "DROP related Ранее сообщалось, что США готовы отправить войска на Тайвань.",
        "DROP related Читайте также: Генсек НАТО призвал Китай к сдержанности",
        "DROP promo Подписывайтесь на наш канал в Telegram https://t.me/example",
        "DROP tags Теги: НАТО, Япония",
        "DROP footer Если вы заметили ошибку, выделите ее мышью и нажмите Ctrl+Enter.",
        "DROP footer Читать комментарии");
  }

  @Test
  void cleansACzechArticleAndKeepsASentenceThatOpensWithReklama() {
    assertThat(clean("""
        Hlavní stránka
        Autor: Jan Novák
        9. dubna 2024 10:30

        NATO a Japonsko prohloubí spolupráci

        NATO a Japonsko se v úterý v Tokiu dohodly na užší spolupráci v oblasti kybernetické a námořní bezpečnosti.
        Reklama
        Foto: ČTK
        Generální tajemník NATO Mark Rutte a premiér Šigeru Išiba
        Reklama na zbraně se podle ministra v Japonsku nesmí objevit v televizi, řekl mluvčí vlády.
        Čtěte také: Japonsko zvyšuje výdaje na obranu
        Štítky: NATO, Japonsko
        """)).containsExactly(
        "DROP navigation Hlavní stránka",
        "DROP byline Autor: Jan Novák",
        "DROP dateline 9. dubna 2024 10:30",
        "KEEP NATO a Japonsko prohloubí spolupráci",
        "KEEP NATO a Japonsko se v úterý v Tokiu dohodly na užší spolupráci v oblasti kybernetické a námořní"
            + " bezpečnosti.",
        "DROP ad-label Reklama",
        "DROP photo-credit Foto: ČTK",
        "DROP caption Generální tajemník NATO Mark Rutte a premiér Šigeru Išiba",
        "KEEP Reklama na zbraně se podle ministra v Japonsku nesmí objevit v televizi, řekl mluvčí vlády.",
        "DROP related Čtěte také: Japonsko zvyšuje výdaje na obranu",
        "DROP tags Štítky: NATO, Japonsko");
  }

  @Test
  void keepsParagraphsThatMerelyMentionDebrisWords() {
    assertThat(clean("""
        Reklama polityczna w mediach publicznych wywołała spór w Sejmie, a opozycja zapowiedziała skargę.
        Foto Jana Kowalskiego wygrało konkurs World Press Photo w kategorii wiadomości ze świata.
        Autorzy raportu twierdzą, że współpraca NATO z Japonią będzie się zacieśniać przez najbliższe lata.
        Subskrybenci gazety dostali wczoraj specjalny dodatek o wizycie sekretarza generalnego NATO w Japonii.
        Tagi i hasztagi w mediach społecznościowych pokazują, jak szybko rośnie zainteresowanie Azją.
        """)).allMatch(entry -> entry.startsWith("KEEP "));
  }

  @Test
  void dropsALongTermsOfUseLineThatOpensWithACopyrightSignButKeepsProseThatMentionsCopyright() {
    assertThat(clean("""
        Уряд ухвалив рішення

        Уряд у вівторок ухвалив рішення про нові правила для газопроводів, повідомили в міністерстві енергетики.
        Copyright holders in Europe will get new rights under the directive, the commission said on Tuesday.
        © 2005-2018, Економічна правда. Використання матеріалів сайту лише за умови посилання (для інтернет-видань \
        - гіперпосилання) на "Економічну правду". Всі матеріали, які розміщені на цьому сайті з посиланням на агентство \
        "Інтерфакс-Україна", не підлягають подальшому відтворенню та розповсюдженню в будь-якій формі, інакше як з \
        письмового дозволу агентства "Інтерфакс-Україна". ЗА ПІДТРИМКИ ПАРТНЕРІВ видання розміщено рекламу і \
        матеріали, які не завжди відображають позицію редакції.
        """)).containsExactly(
        "KEEP Уряд ухвалив рішення",
        "KEEP Уряд у вівторок ухвалив рішення про нові правила для газопроводів, повідомили в міністерстві"
            + " енергетики.",
        "KEEP Copyright holders in Europe will get new rights under the directive, the commission said on Tuesday.",
        "DROP footer © 2005-2018, Економічна правда. Використання матеріалів сайту лише за умови посилання (для"
            + " інтернет-видань - гіперпосилання) на \"Економічну правду\". Всі матеріали, які розміщені на цьому"
            + " сайті з посиланням на агентство \"Інтерфакс-Україна\", не підлягають подальшому відтворенню та"
            + " розповсюдженню в будь-якій формі, інакше як з письмового дозволу агентства \"Інтерфакс-Україна\"."
            + " ЗА ПІДТРИМКИ ПАРТНЕРІВ видання розміщено рекламу і матеріали, які не завжди відображають позицію"
            + " редакції.");
  }

  @Test
  void keepsAParagraphWhoseMojibakeHoldsACopyrightSign() {
    // "é" decoded twice becomes "Ã©": the © inside a word is no copyright notice.
    assertThat(clean("""
        Prifddinas talaith QuÃ©bec yng Canada yw QuÃ©bec, ac mae'r ddinas yn un o'r hynaf yng Ngogledd America.
        Wedi iddo esgyn i orsedd Ffrainc yn 1364 rhoddodd y DauphinÃ© a'r teitl Dauphin i'w fab.
        """)).allMatch(entry -> entry.startsWith("KEEP "));
  }

  @Test
  void keepsALoneLeadSentenceNextToAPhotoCreditButRemovesARepeatedCaption() {
    assertThat(clean("""
        Japonia i NATO

        Foto: PAP
        Premier Japonii spotkał się w Tokio z sekretarzem generalnym NATO.

        Premier Ishiba i sekretarz Rutte.
        Premier Ishiba i sekretarz Rutte.
        Fot. Reuters

        Rozmowy dotyczyły bezpieczeństwa w regionie i dalszej pomocy dla Ukrainy, podało biuro premiera.
        """)).containsExactly(
        "KEEP Japonia i NATO",
        "DROP photo-credit Foto: PAP",
        "KEEP Premier Japonii spotkał się w Tokio z sekretarzem generalnym NATO.",
        "DROP caption Premier Ishiba i sekretarz Rutte.",
        "DROP duplicate Premier Ishiba i sekretarz Rutte.",
        "DROP photo-credit Fot. Reuters",
        "KEEP Rozmowy dotyczyły bezpieczeństwa w regionie i dalszej pomocy dla Ukrainy, podało biuro premiera.");
  }

  @Test
  void neverTakesTheHeadlineForACaption() {
    assertThat(clean("""
        Rutte w Tokio
        Foto: PAP
        Sekretarz generalny NATO przyjechał do Japonii na dwudniową wizytę, podała agencja Kyodo.
        """)).containsExactly(
        "KEEP Rutte w Tokio",
        "DROP photo-credit Foto: PAP",
        "KEEP Sekretarz generalny NATO przyjechał do Japonii na dwudniową wizytę, podała agencja Kyodo.");
  }

  @Test
  void appliesNoZoneRuleToAnArticleWithoutRunningText() {
    assertThat(clean("Lista zakupów\n• mleko\n• chleb\nPL\n")).allMatch(entry -> entry.startsWith("KEEP "));
  }

  @Test
  void keepsAnUnpunctuatedLastLineAndAClosingBulletListOfACleanArticle() {
    assertThat(clean("""
        Rutte przyjechał do Tokio na rozmowy o bezpieczeństwie w regionie Indo-Pacyfiku.
        Partnerami NATO w regionie są:
        • Japonia
        • Korea Południowa
        Rutte zapowiedział kolejną wizytę w przyszłym roku
        """)).allMatch(entry -> entry.startsWith("KEEP "));
  }

  @Test
  void removesAHeadlineLikeLineAfterTheLastParagraphWhenOtherDebrisSurroundsIt() {
    assertThat(clean("""
        Rutte przyjechał do Tokio na rozmowy o bezpieczeństwie w regionie Indo-Pacyfiku.
        Reklama
        Japonia zwiększa wydatki na obronę
        """)).containsExactly(
        "KEEP Rutte przyjechał do Tokio na rozmowy o bezpieczeństwie w regionie Indo-Pacyfiku.",
        "DROP ad-label Reklama",
        "DROP related Japonia zwiększa wydatki na obronę");
  }

  @Test
  void removesOnlyTheMetadataHeaderGluedToTheFirstParagraph() {
    Article cleaned = STAGE.apply(article("Published 2024-07-12 NATO and Japan agreed to deepen cooperation."));

    assertThat(cleaned.removed()).containsExactly(new RemovedSpan(0, 21, "header", "clean:metadata-header"));
    assertThat(cleaned.get(Layers.TITLE)).isEmpty();
  }

  @Test
  void setsNoTitleLayerWhenTheInputGaveATitle() {
    Article given = Article.of(null, "test", null, "NATO and Japan", "NATO and Japan\n\nThey met in Tokyo on Tuesday.", Map.of());

    assertThat(STAGE.apply(given).has(Layers.TITLE)).isFalse();
  }

  @Test
  void givesTheSameSpansWhenAppliedToItsOwnOutput() {
    Article once = STAGE.apply(Seeds.article("001_8716a52cedf7cab7.txt"));
    Article twice = STAGE.apply(once);

    assertThat(twice.removed()).isEqualTo(once.removed());
    assertThat(twice.get(Layers.TITLE)).isEqualTo(once.get(Layers.TITLE));
  }

  @Test
  void givesTheSameResultFromManyThreadsAtOnce() {
    List<String> seeds = Seeds.names();
    List<List<RemovedSpan>> sequential = seeds.stream().map(s -> STAGE.apply(Seeds.article(s)).removed()).toList();

    List<List<RemovedSpan>> parallel = IntStream.range(0, 40).parallel()
        .mapToObj(i -> STAGE.apply(Seeds.article(seeds.get(i % seeds.size()))).removed()).toList();

    IntStream.range(0, parallel.size()).forEach(i -> assertThat(parallel.get(i)).isEqualTo(sequential.get(i % seeds.size())));
  }

  @Test
  void handlesWindowsAndOldMacLineBreaks() {
    assertThat(clean("Reklama\r\nNATO i Japonia rozmawiały w Tokio o bezpieczeństwie w regionie i o Ukrainie.\rReklama"))
        .containsExactly("DROP ad-label Reklama",
            "KEEP NATO i Japonia rozmawiały w Tokio o bezpieczeństwie w regionie i o Ukrainie.",
            "DROP ad-label Reklama");
  }
}
