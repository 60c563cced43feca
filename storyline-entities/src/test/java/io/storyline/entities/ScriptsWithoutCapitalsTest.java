package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Texts in scripts without capitals (Arabic, Hebrew, Persian, Chinese, Japanese, Korean) have no capitalised words to
 * find names by: the known names are found, also when written onto other words (Arabic and Hebrew proclitics, Korean
 * particles), without spaces (Chinese, Japanese) or with vowel signs that are spacing marks (Hindi).
 */
class ScriptsWithoutCapitalsTest {

  @ParameterizedTest(name = "{1}: \"{2}\" is {3} in \"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "中国和日本的领导人在东京会面。                          | zh | 日本     | #JP",
      "北约秘书长也出席了会议。                                | zh | 北约     | #NATO",
      "日本と中国の首脳が東京で会談した。                        | ja | 東京     | #TZ:Asia/Tokyo",
      "北大西洋条約機構の事務総長も出席した。                    | ja | 北大西洋条約機構 | #NATO",
      "وقالت اليابان إن العلاقات مع الصين مهمة                  | ar | اليابان  | #JP",
      "العلاقات مع الصين وروسيا مهمة                           | ar | روسيا    | #RU",
      "وقال الأمين العام لحلف الناتو إن الحلف مستعد              | ar | الناتو   | #NATO",
      "ראש הממשלה אמר כי ביפן יש בחירות                         | he | יפן      | #JP",
      "일본과 중국의 정상이 도쿄에서 회담했다                      | ko | 도쿄     | #TZ:Asia/Tokyo",
      "일본과 중국의 정상이 회담했다                              | ko | 일본     | #JP",
      "نخست وزیر ژاپن با دبیرکل ناتو دیدار کرد                  | fa | ژاپن     | #JP",
      "जापान के प्रधानमंत्री ने टोक्यो में मुलाकात की                | hi | जापान    | #JP",
      "وقالت السلطات إن الهجوم على لفيف أسفر عن قتلى             | ar | لفيف     | #GN:702550",
      "利沃夫市长昨天表示                                        | zh | 利沃夫   | #GN:702550"})
  void findsKnownNames(String text, String language, String surface, String key) {
    List<Mention> found = Recognizers.SHARED.recognise(text.strip(), language);
    assertThat(found).filteredOn(m -> m.surface().equals(surface)).extracting(Mention::key).contains(key);
  }

  @ParameterizedTest(name = "{1}: \"{0}\" gives {2} with base form {3}")
  @CsvSource(delimiter = '|', value = {
      "إن العلاقات لليابان مهمة | ar | ليابان | اليابان"})
  void aNameAfterAProcliticKeepsItsOwnForm(String text, String language, String surface, String lemma) {
    List<Mention> found = Recognizers.SHARED.recognise(text, language);
    assertThat(found).filteredOn(m -> m.surface().equals(surface)).extracting(Mention::lemma).containsExactly(lemma);
  }
}
