package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cues that type a name no gazetteer knows, and the ones that keep a word from becoming a name. */
class TypingCuesTest {

  @ParameterizedTest(name = "{1}: \"{2}\" in \"{0}\" is {3} ({4})")
  @CsvSource(delimiter = '|', value = {
      "По данным Politico, переговоры продолжатся завтра.               | ru | Politico             | ORGANIZATION | foreign-script",
      "Вакцину Pfizer доставили в больницы.                              | uk | Pfizer               | ORGANIZATION | foreign-script",
      "Вчера глава МИД Сергей Лавров прибыл в Анкару.                      | ru | МИД                  | ORGANIZATION | acronym",
      "Вчера глава МИД Сергей Лавров прибыл в Анкару.                      | ru | Сергей Лавров        | PERSON       | trigger",
      "W wywiadzie dla „The Japan Times” premier mówił o obronności.       | pl | Japan Times          | ORGANIZATION | quoted",
      "Вчера Верховный суд отклонил жалобу.                                | ru | Верховный суд        | ORGANIZATION | adjective-head",
      "Wczoraj firma Moderna ogłosiła wyniki badań.                        | pl | Moderna              | ORGANIZATION | cue",
      "Як повідомляє RBC.UA, уряд ухвалив рішення.                         | uk | RBC.UA               | ORGANIZATION | site",
      "Руководитель Центра британских исследований заявил это.            | ru | Центра британских исследований | ORGANIZATION | head-word",
      "Portal BiznesAlert.pl pisze o tym od rana.                          | pl | BiznesAlert.pl       | ORGANIZATION | site",
      "Jak pisze „Rzeczpospolita”, rząd zmieni ustawę.                     | pl | Rzeczpospolita       | ORGANIZATION | quoted",
      "Sąd w Lahaur uniewinnił wczoraj Asię Bibi.                          | pl | Asię Bibi            | PERSON       | capitalised",
      "Posłowie debatowali wczoraj w Izbie Gmin do późnej nocy.            | pl | Izbie Gmin           | ORGANIZATION | capitalised-phrase",
      "Sprawa poruszyła świat, a Asia Bibi wyjechała do Kanady.            | pl | Asia Bibi            | PERSON       | capitalised",
      "On Monday David Davis resigned from the government.                 | en | David Davis          | PERSON       | first-name",
      "Wczoraj przewodniczący Rady Europejskiej Donald Tusk przyjechał.     | pl | Rady Europejskiej    | ORGANIZATION | capitalised-phrase",
      "Wczoraj przewodniczący Rady Europejskiej Donald Tusk przyjechał.     | pl | Donald Tusk          | PERSON       | trigger",
      "Об этом сообщил МИД Великобритании в среду.                         | ru | МИД Великобритании   | ORGANIZATION | acronym-place",
      "Вчера министр по делам Brexit Дэвид Дэвис ушёл в отставку.           | ru | Дэвид Дэвис          | PERSON       | trigger",
      "Am 3. Oktober sagte Angela Merkel in Moskau, Wladimir Putin sei bereit. | de | Angela Merkel      | PERSON       | model:ner-de",
      "Am 3. Oktober sagte Angela Merkel in Moskau, Wladimir Putin sei bereit. | de | Wladimir Putin     | PERSON       | model:ner-de",
      "Die SPD und die CDU verhandeln seit Wochen.                         | de | SPD                  | ORGANIZATION | acronym",
      "CDU und Grüne haben sich bislang nicht geäußert.                    | de | CDU                  | ORGANIZATION | acronym",
      "Вчера Дональд Трамп заявил, что рейтинг Трампа растёт.              | ru | Дональд Трамп        | PERSON       | dictionary",
      "Губернатор посетил вчера Рязань и Тверь.                            | ru | Рязань               | LOCATION     | capitalised-noun",
      "Ayer Rajoy viajó a Sabadell, donde abrió una oficina.               | es | Rajoy                | PERSON       | dictionary",
      "Ayer Rajoy viajó a Sabadell, donde abrió una oficina.               | es | Sabadell             | LOCATION     | dictionary",
      "Gisteren sprak Mark Rutte in Meppel over Philips.                   | nl | Mark Rutte           | PERSON       | dictionary",
      "Gisteren sprak Mark Rutte in Meppel over Philips.                   | nl | Meppel               | LOCATION     | dictionary",
      "Gisteren sprak Mark Rutte in Meppel over Philips.                   | nl | Philips              | ORGANIZATION | dictionary",
      "Sinds de Tweede Wereldoorlog is het nooit zo gespannen geweest.     | nl | Tweede Wereldoorlog  | EVENT        | gazetteer:acronyms",
      "Sinds de Koreaanse Oorlog is het nooit zo gespannen geweest.        | nl | Koreaanse Oorlog     | EVENT        | head-word",
      "Mark Rutte met Fumio Kishida in Tokyo on Monday.                    | en | Mark Rutte           | PERSON       | first-name",
      "Budowa gazociągu Nord Stream 2 została wstrzymana.                  | pl | Nord Stream 2        | PRODUCT      | numbered",
      "Ieri l'amministratore Michael O'Leary ha parlato.                   | it | Michael O'Leary      | PERSON       | first-name",
      "Wczoraj koncern Wintrax ogłosił wyniki.                             | pl | Wintrax              | ORGANIZATION | cue",
      "Wybory w stanie Ostaria zakończyły się.                             | pl | Ostaria              | LOCATION     | cue",
      "Wczoraj spółka Jana Kowalskiego upadła.                             | pl | Jana Kowalskiego     | PERSON       | dictionary",
      "Вчера авиакомпания Зорвекс отменила рейсы.                          | ru | Зорвекс              | ORGANIZATION | cue",
      "Вчера губернатор штата Норвилл выступил.                            | ru | Норвилл              | LOCATION     | cue",
      "Ірландський лоукостер Зорвекс скасував рейси.                       | uk | Зорвекс              | ORGANIZATION | cue",
      "Letecký dopravce Wintrax zrušil lety.                               | cs | Wintrax              | ORGANIZATION | cue",
      "Вчера авиокомпанията Зорвекс отмени полети.                         | bg | Зорвекс              | ORGANIZATION | cue",
      "Shares of the carrier Wintrax fell on Monday.                       | en | Wintrax              | ORGANIZATION | cue",
      "Ieri la società Wintrax ha annunciato utili.                        | it | Wintrax              | ORGANIZATION | cue",
      "Ayer la aerolínea Wintrax canceló vuelos.                           | es | Wintrax              | ORGANIZATION | cue",
      "Ieri i delegati della Csc hanno protestato.                         | it | Csc                  | ORGANIZATION | acronym",
      "Lo ha detto ieri la Csc. Poi hanno parlato i delegati.              | it | Csc                  | ORGANIZATION | acronym",
      "Вчера Владимир Путин заявил о переговорах.                          | ru | Владимир Путин       | PERSON       | dictionary",
      "Министърът Дейвид Дейвис подаде оставка.                            | bg | Дейвид Дейвис        | PERSON       | trigger",
      "Вчера Государственный совет заявил о санкциях.                      | ru | Государственный совет | ORGANIZATION | adjective-head",
      "Законопроект вчера одобрил Конгресс без поправок.                   | ru | Конгресс             | ORGANIZATION | head-word",
      "Ustawę przyjął wczoraj Sejm większością głosów.                     | pl | Sejm                 | ORGANIZATION | head-word",
      "Вчера армия получила самолёты Су-57 в Москве.                       | ru | Су-57                | PRODUCT      | numbered",
      "Вчора Домінік Рааб заявив про санкції.                              | uk | Домінік Рааб         | PERSON       | dictionary",
      "Вчера Палата представителей одобрила закон.                         | ru | Палата представителей | ORGANIZATION | head-word",
      "Вчера Министерство обороны заявило о манёврах.                      | ru | Министерство обороны | ORGANIZATION | head-word",
      "Учора Служба безпеки затримала агента.                              | uk | Служба безпеки       | ORGANIZATION | head-word",
      "Včera Ministerstvo zdravotnictví oznámilo nová opatření.            | cs | Ministerstvo zdravotnictví | ORGANIZATION | head-word",
      "Законът беше приет. Камарата на общините гласува вчера.             | bg | Камарата на общините | ORGANIZATION | head-word",
      "Včeraj je Državni zbor sprejel zakon.                               | sl | Državni zbor         | ORGANIZATION | adjective-head",
      "Вчора у Сенаті заявили про це, сказав сенатор.                      | uk | Сенаті               | ORGANIZATION | head-word",
      "Речник Національного банку відмовився коментувати.                  | uk | Національного банку  | ORGANIZATION | adjective-head",
      "Германия поддержала проект Северного потока — 2 вчера.              | ru | Северного потока — 2 | PRODUCT      | numbered",
      "Строительство газопровода Северный поток-2 завершено.               | ru | Северный поток-2     | PRODUCT      | numbered",
      "Gradnja plinovoda Severni tok 2 se je končala.                      | sl | Severni tok 2        | PRODUCT      | numbered",
      "Živi v Združenih državah Amerike že dolga leta.                      | sl | Združenih državah Amerike | LOCATION | adjective-head-place",
      "Верховный суд Пакистана оправдал её вчера.                          | ru | Верховный суд Пакистана | ORGANIZATION | adjective-head-place",
      "Об этом вчера заявили в Государственном совете.                     | ru | Государственном совете | ORGANIZATION | adjective-head",
      "В понедельник Коллегия выборщиков проголосовала.                    | ru | Коллегия выборщиков  | ORGANIZATION | head-word",
      "Врачи, по его словам, отравили Навального в Омске.                  | ru | Навального           | PERSON       | adjectival-surname",
      "Кандидаты от Демократической и Республиканской партий спорят.       | ru | Демократической      | ORGANIZATION | shared-head",
      "Это две партии — Демократической и Республиканской.                 | ru | Демократической      | ORGANIZATION | head-word-before",
      "Министр Доминика Рааба встретил вчера.                              | ru | Доминика Рааба       | PERSON       | trigger",
      "Туристы гуляли вчера у Центрального парка.                          | ru | Центрального парка   | LOCATION     | adjective-head",
      "Угроза войны на Корейском полуострове растёт.                       | ru | Корейском полуострове | LOCATION    | adjective-head",
      "Ситуація в Азійсько-Тихоокеанському регіоні змінилася.              | uk | Азійсько-Тихоокеанському регіоні | LOCATION | adjective-head",
      "Results on Sunday: CHICAGO 4 Florida 3                              | en | CHICAGO              | ORGANIZATION | team",
      "Results on Sunday: CHICAGO 4 Florida 3                              | en | Florida              | ORGANIZATION | team",
      "Wyniki: Kraków 2 Gdańsk 1                                           | pl | Gdańsk               | ORGANIZATION | team",
      "In Chicago 40 people were hurt on Sunday.                           | en | Chicago              | LOCATION     | gazetteer:cldr-city",
      "El FC. BARCELONA ganó ayer en casa.                                 | es | FC. BARCELONA        | ORGANIZATION | head-word",
      "El Real Madrid perdió ayer en casa.                                 | es | Real Madrid          | ORGANIZATION | head-word",
      "Ayer Tommy Robredo ganó el partido.                                 | es | Tommy Robredo        | PERSON       | first-name",
      "Ieri Jan Siemerink ha vinto la partita.                             | it | Jan Siemerink        | PERSON       | first-name",
      "Ieri Gianluca Salvatori ha presentato il bilancio.                  | it | Gianluca Salvatori   | PERSON       | first-name",
      "Договір з ТОВ «Бюро Ейнштейн» підписано вчора.                      | uk | ТОВ «Бюро Ейнштейн»  | ORGANIZATION | legal-form",
      "Акции ПАО «Газпром» вчера выросли.                                  | ru | ПАО «Газпром»        | ORGANIZATION | legal-form",
      "Вчера ДП «НАЕК «Енергоатом» оголосило тендер.                       | uk | ДП «НАЕК «Енергоатом» | ORGANIZATION | legal-form",
      "Рішення Верховної Ради України набуло чинності.                     | uk | Верховної Ради України | ORGANIZATION | capitalised-phrase-place",
      "Про це вчора написала The New York Times.                           | uk | The New York Times   | ORGANIZATION | foreign-script",
      "Вчора Міністерство оборони України заявило про навчання.            | uk | Міністерство оборони України | ORGANIZATION | head-word-place"})
  void typesANameByItsCue(String text, String language, String surface, EntityType type, String stage) {
    Mention m = mention(text, language, surface);
    assertThat(m.type()).isEqualTo(type);
    assertThat(m.stage()).isEqualTo(stage);
  }

  @ParameterizedTest(name = "{1}: \"{2}\" in \"{0}\" is the known {3}")
  @CsvSource(delimiter = '|', value = {
      "Делегация прилетела вчера из Лондона.                | ru | Лондона            | #TZ:Europe/London  | Лондон",
      "Делегация вернулась с Брюсселем на связи.            | ru | Брюсселем          | #TZ:Europe/Brussels | Брюссель",
      "Ministr přiletěl z Londýna ve čtvrtek.               | cs | Londýna            | #TZ:Europe/London  | Londýn",
      "Вчера Европейския съюз одобри пакета.                | bg | Европейския съюз   | #EU                | Европейски съюз",
      "Позиция Евросоюза не изменилась.                     | ru | Евросоюза          | #EU                | Евросоюз",
      "Prezydent wrócił wczoraj do Polski z Japonii.        | pl | Polski             | #PL                | Polska",
      "Jednali o odchodu Spojeného království z unie.        | cs | Spojeného království | #GB              | Spojené království",
      "Dohoda s Irskem platí od středy.                     | cs | Irskem             | #IE                | Irsko",
      "Встреча с Владимиром Путиным прошла вчера.           | ru | Владимиром Путиным | putin vladimir     | Владимир Путин",
      "Jak podała agencja Kyodo, premier przyleciał wczoraj. | pl | Kyodo             | #KYODO             | Kyodo",
      "Об этом сообщает ТАСС со ссылкой на Рейтер.          | ru | Рейтер             | #REUTERS           | Рейтер",
      "Ieri l'Unione europea ha deciso.                     | it | Unione europea     | #EU                | Unione europea",
      "Il governo dell'Italia ha deciso ieri.               | it | Italia             | #IT                | Italia",
      "Според Франс прес решението е взето.                 | bg | Франс прес         | #AFP               | Франс прес",
      "W Waszyngtonie i Pekinie mówiono o tym.              | pl | Waszyngtonie       | #CITY:WASHINGTON   | Waszyngton",
      "Як пише Washington Post, угоду підписано.            | uk | Washington Post    | #WAPO              | Washington Post",
      "Вчера Дональд Трамп заявил, что рейтинг Трампа растёт. | ru | Трампа           | donald tramp       | Трамп",
      "Gisteren sprak Jens Stoltenberg in Tokio. Stoltenberg bleef kort. | nl | Stoltenberg  | iens stoltenberh   | Stoltenberg",
      "Wybory na Florydzie wygrał wczoraj gubernator.       | pl | Florydzie          | #US-FL             | Floryda",
      "Губернатор Северной Каролины выступил вчера.         | ru | Северной Каролины  | #US-NC             | Северная Каролина",
      "Rząd Bawarii zdecydował wczoraj o zamknięciu szkół.  | pl | Bawarii            | #DE-BY             | Bawaria",
      "Ieri a Trento il sindaco ha parlato.                 | it | Trento             | #IT-TN             | Trento",
      "Wie die Agentur dpa meldete, ist er abgereist.       | de | dpa                | #DPA               | dpa",
      "Wczoraj we Lwowie odbył się wiec.                    | pl | Lwowie             | #GN:702550         | Lwów",
      "Учора мер Львова виступив на сесії.                  | uk | Львова             | #GN:702550         | Львів",
      "Вчера во Владимире прошёл митинг.                    | ru | Владимире          | #GN:473247         | Владимир",
      "Referendum w Szkocji odbędzie się jesienią.          | pl | Szkocji            | #GB-SCT            | Szkocja",
      "Изборите в Северна Ирландия бяха вчера.              | bg | Северна Ирландия   | #GB-NIR            | Северна Ирландия",
      "У Великій Британії святкують перемогу.               | uk | Великій Британії   | #GB                | Велика Британія",
      "Rząd Zjednoczonego Królestwa ogłosił decyzję.        | pl | Zjednoczonego Królestwa | #GB           | Zjednoczone Królestwo",
      "Правительство Соединённого Королевства заявило.      | ru | Соединённого Королевства | #GB          | Соединённое Королевство",
      "Wczoraj Unia nałożyła nowe sankcje.                  | pl | Unia               | #EU                | Unia",
      "Premiérka Velké Británie včera odstoupila.           | cs | Velké Británie     | #GB                | Velká Británie",
      "Rząd W. Brytanii ogłosił wczoraj decyzję.            | pl | W. Brytanii        | #GB                | W. Brytania",
      "Premier Wlk. Brytanii przyleciał do Tokio.           | pl | Wlk. Brytanii      | #GB                | Wlk. Brytania",
      "Granica z Irlandią Płn. pozostanie otwarta.          | pl | Irlandią Płn.      | #GB-NIR            | Irlandia Płn.",
      "Півн. Корея вчора запустила ракету.                  | uk | Півн. Корея        | #KP                | Півн. Корея",
      "Правительство ФРГ вчера одобрило закон.              | ru | ФРГ                | #DE                | ФРГ",
      "Rzecznik Białego Domu powiedział to wczoraj.         | pl | Białego Domu       | #WHITEHOUSE        | Biały Dom",
      "Представитель Белого дома заявил об этом.            | ru | Белого дома        | #WHITEHOUSE        | Белый дом",
      "Об этом вчера заявили в Белом доме.                  | ru | Белом доме         | #WHITEHOUSE        | Белый дом",
      "У Кремлі відповіли журналістам.                      | uk | Кремлі             | #KREMLIN           | Кремль",
      "Южная Корея вчера провела учения.                    | ru | Южная Корея        | #KR                | Южная Корея",
      "Власти Северной Кореи запустили ракету.              | ru | Северной Кореи     | #KP                | Северная Корея",
      "Президент ЮАР прилетел вчера.                         | ru | ЮАР                | #ZA                | ЮАР"})
  void findsAnInflectedNameWithItsBaseFormAndKey(String text, String language, String surface, String key, String lemma) {
    Mention m = mention(text, language, surface);
    assertThat(m.key()).isEqualTo(key);
    assertThat(m.lemma()).isEqualTo(lemma);
  }

  @ParameterizedTest(name = "{1}: no name \"{2}\" in \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Debata o grexicie trwa. Rząd chce, by Grexit nastąpił szybko.        | pl | Grexit",
      "Na stronie 29 opisano Wspólnotę i jej 29 członków.                   | pl | 29",
      "Вчера Верховный суд отклонил жалобу.                                | ru | Верховный",
      "Die Bundesregierung und die Kommission berieten am Montag.          | de | Bundesregierung",
      "Die Bundesregierung und die Kommission berieten am Montag.          | de | Kommission",
      "Stoltenberg is in Japan. De Noor waarschuwde daar voor China.       | nl | Noor",
      "Про це повідомляють ЗМІ з посиланням на джерела в НАТО.            | uk | ЗМІ",
      "Er ist Vater von zwei Kindern. Diese Kolumne erschien zuerst im Schweizer BLICK. | de | Diese Kolumne",
      "Строительство газопровода Северный поток завершено.                 | ru | Северный",
      "Все новости здесь, Подпишитесь на наш канал в Telegram.             | ru | Подпишитесь",
      "Суд вынес приговор, Ранее его уже оправдывали.                      | ru | Ранее",
      "Loty odwołano. Potem Ryanair przeprosił pasażerów.                  | pl | Potem Ryanair",
      "W XXI wieku miasto bardzo się zmieniło.                             | pl | XXI",
      "Po II wojnie światowej odbudowano miasto.                           | pl | II",
      "Kurs USD wzrósł wczoraj o dwa procent.                              | pl | USD",
      "Цена выросла до 70 USD за баррель.                                  | ru | USD",
      "Secondo il ministro il Paese ha bisogno di riforme.                 | it | Paese",
      "El equipo ganó ayer la Copa en casa.                                | es | Copa",
      "Уряд заявив, що Країна потребує реформ.                             | uk | Країна",
      "The talks ended with Trump.It was late when they left.              | en | Trump.It",
      "Директор ООО вчера подал в отставку.                                | ru | ООО"})
  void doesNotTakeAWordForAName(String text, String language, String surface) {
    List<Mention> found = Recognizers.SHARED.recognise(text.strip(), language);
    assertThat(found).extracting(Mention::surface).doesNotContain(surface);
  }

  @ParameterizedTest(name = "{1}: \"{2}\" in \"{0}\" ends before the date or count")
  @CsvSource(delimiter = '|', value = {
      "Пилоты Ryanair 28 сентября проведут забастовку.                   | ru | Ryanair",
      "Koncern Pfizer 9 listopada ogłosił wyniki badań.                 | pl | Pfizer",
      "Prezident Donald Trump 23. září oznámil svou kandidaturu.         | cs | Donald Trump",
      "Flights by Ryanair 28 Sept. were cancelled.                       | en | Ryanair",
      "Predsednik Donald Trump 26. septembra ni prišel na srečanje.      | sl | Donald Trump",
      "Polacy boją się Brexitu 23.06. w Londynie.                        | pl | Brexitu",
      "Авиакомпания Ryanair 25 и 26 июля отменит рейсы.                  | ru | Ryanair",
      "Ірландська авіакомпанія Ryanair 25 та 26 липня скасувала рейси.   | uk | Ryanair",
      "Spółka Pfizer 12. dnia miesiąca ogłosiła wyniki.                  | pl | Pfizer",
      "Компанія Biontech 2 мільйонам людей надала вакцину.              | uk | Biontech",
      "Firma Moderna 3 milionom ludzi podała szczepionkę.                 | pl | Moderna",
      "Голландский пилот работал в Ryanair 10 лет до катастрофы.         | ru | Ryanair",
      "W tym roku linie Ryanair 5 procent taniej sprzedają bilety.       | pl | Ryanair",
      "Biden získal 81 milionů hlasů a Donald Trump 74 milionů hlasů.     | cs | Donald Trump",
      "Predsednik Donald Trump 12 nekdanjim sodelavcem ni odgovoril.     | sl | Donald Trump",
      "Программа отписала Байдену 33% голосов в округе.                  | ru | Байдену"})
  void aNameDoesNotTakeTheDayOfAFollowingDate(String text, String language, String surface) {
    assertThat(mention(text, language, surface).surface()).isEqualTo(surface);
  }

  @ParameterizedTest(name = "{1}: \"{2}\" keeps its number in \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Samolot Boeing 737 MAX 8 wylądował w Katowicach.                  | pl | MAX 8",
      "Microsoft ended support for Windows 10 last month.                | en | Windows 10",
      "Budowa gazociągu Nord Stream 2 jest prawie ukończona.             | pl | Nord Stream 2",
      "Германия остановила Nord Stream 2. Работы прекращены.             | ru | Nord Stream 2",
      "Od wczoraj Sputnik 5 lata do krajów Afryki w dużych ilościach.    | pl | Sputnik 5"})
  void aNameKeepsANumberThatIsNoDate(String text, String language, String surface) {
    assertThat(mention(text, language, surface).surface()).isEqualTo(surface);
  }

  @ParameterizedTest(name = "{1}: \"{2}\" in \"{0}\" has the base form {3}")
  @CsvSource(delimiter = '|', value = {
      "Donald Trump je odgovoril. Trumpova administracija molči.        | sl | Trumpova  | Trump",
      "Joe Biden je zmagal. Bidnu so čestitali voditelji.                | sl | Bidnu     | Biden",
      "Na Kitajskem so odprli novo tovarno.                              | sl | Kitajskem | Kitajska",
      "Premiérka Theresa Mayová odstoupila. Podle Mayové je dohoda dobrá. | cs | Mayové    | Mayová",
      "Donald Trump mlčí. Trumpova administrativa dohodu odmítla.        | cs | Trumpova  | Trump",
      "Ministr jednal včera v Praze s kolegy.                            | cs | Praze     | Praha",
      "Wczoraj premier rozmawiał z Donaldem Trumpem o handlu.            | pl | Donaldem Trumpem | Donald Trump",
      "Сотрудник Института мировой экономики сказал это.                 | ru | Института мировой экономики | Институт мировой экономики",
      "Об этом сообщило вчера Министерство иностранных дел.              | ru | Министерство иностранных дел | Министерство иностранных дел",
      "Про це повідомило вчора Міністерство закордонних справ.          | uk | Міністерство закордонних справ | Міністерство закордонних справ",
      "Вчера министр Д.Дэвис подал в отставку.                           | ru | Д.Дэвис   | Д.Дэвис",
      "Wczoraj prezes spotkał się z J. Kaczyńskim w Sejmie.            | pl | J. Kaczyńskim | J. Kaczyński",
      "Вчера королева Елизавета II выступила с речью.                    | ru | Елизавета II | Елизавета II",
      "Papież Benedykt XVI przyjechał wczoraj do Polski.                 | pl | Benedykt XVI | Benedykt XVI"})
  void takesTheBaseFormTheTextOrALexiconConfirms(String text, String language, String surface, String lemma) {
    assertThat(mention(text, language, surface).lemma()).isEqualTo(lemma);
  }

  @ParameterizedTest(name = "{1}: \"{2}\" is a name of its own in \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "Minister ds. Brexitu David Davis podał się do dymisji.             | pl | David Davis",
      "Negocjator ds. Brexitu Michel Barnier przyjechał do Londynu.       | pl | Michel Barnier",
      "Tegen Brexit Theresa May stemde niemand.                          | nl | Theresa May",
      "Tokióban Kisida Fumio japán miniszterelnök fogadta.               | hu | Kisida Fumio",
      "Преговорите за Брекзит продължават. Министърът по Брекзит Дейвид Дейвис подаде оставка. | bg | Дейвид Дейвис"})
  void splitsAFullNameOffTheWordBeforeIt(String text, String language, String surface) {
    assertThat(mention(text, language, surface).type()).isEqualTo(EntityType.PERSON);
  }

  @ParameterizedTest(name = "{1}: \"{2}\" in \"{0}\" is one name")
  @CsvSource(delimiter = '|', value = {
      "Вчора Урсула фон дер Ляєн приїхала до Києва.                      | uk | Урсула фон дер Ляєн",
      "Gisteren kwam Ursula von der Leyen aan.                           | nl | Ursula von der Leyen",
      "Dat zei woordvoerder Els Flies van de NMBS gisteren.              | nl | Els Flies",
      "Zo sprak Pol Tansens van de Fortis Bank gisteren.                 | nl | Pol Tansens"})
  void aNameRunsOverItsParticlesButNotIntoTheBodyAfterThem(String text, String language, String surface) {
    assertThat(mention(text, language, surface).type()).isEqualTo(EntityType.PERSON);
  }

  @ParameterizedTest(name = "{1}: \"{2}\" in \"{0}\" is {3}")
  @CsvSource(delimiter = '|', value = {
      "Donald Trump i Theresa May rozmawiali. Wczoraj ogłoszono, że Ryanair wstrzymał loty, a Trump milczał. | pl | Ryanair | MISC",
      "Donald Trump i Theresa May rozmawiali. Wczoraj ogłoszono, że Ryanair wstrzymał loty, a Trump milczał. | pl | Trump   | PERSON",
      "Wczoraj ogłoszono, że Ryanair wstrzymał loty.                                                       | pl | Ryanair | PERSON"})
  void aBareUnknownWordIsAPersonOnlyWhereTheTextNamesNoOneInFull(String text, String language, String surface,
      EntityType type) {
    assertThat(mention(text, language, surface).type()).isEqualTo(type);
  }

  private static Mention mention(String text, String language, String surface) {
    List<Mention> found = Recognizers.SHARED.recognise(text.strip(), language);
    return found.stream().filter(m -> m.surface().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention \"" + surface + "\" in " + found));
  }
}
