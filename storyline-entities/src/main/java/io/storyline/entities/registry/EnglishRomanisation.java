package io.storyline.entities.registry;

import io.storyline.entities.key.NameKey;
import java.util.Locale;

/**
 * A Cyrillic name in the Latin letters an English reader expects, for display only (linking keys keep Storyline's
 * own rules, {@link NameKey#romanise}): the linking romanisation with its háček letters spelt out in digraphs as
 * English-language transliteration does, so Russian follows the simplified BGN/PCGN usage of the English-language
 * press (ж zh, ч ch, ш sh, щ shch, х kh; soft and hard signs dropped: "Dzhon Bolton", "Sergey Shoygu"), Ukrainian
 * close to the Ukrainian national system of 2010 (г h, и y, і i, ї yi, щ shch, й y: "Volodymyr Zelenskyy"), Bulgarian the official
 * Streamlined System (х h, щ sht, ъ a: "Varhovniya sad"). Thread-safe.
 */
final class EnglishRomanisation {
  private EnglishRomanisation() {}

  /** {@code name} (any script) in Latin letters; names already in Latin script are returned as they are. */
  static String of(String name, String language) {
    String latin = NameKey.romanise(name, language);
    if (latin.equals(name)) {
      return name;
    }
    StringBuilder sb = new StringBuilder(latin.length() + 8);
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      String digraph = switch (Character.toLowerCase(c)) {
        case 'č' -> "ch";
        case 'š' -> "sh";
        case 'ž' -> "zh";
        default -> null;
      };
      if (digraph == null) {
        sb.append(c);
      } else if (Character.isLowerCase(c)) {
        sb.append(digraph);
      } else {
        boolean shouted = i + 1 < latin.length() && Character.isUpperCase(latin.charAt(i + 1));
        sb.append(shouted ? digraph.toUpperCase(Locale.ROOT) : Character.toUpperCase(digraph.charAt(0))
            + digraph.substring(1));
      }
    }
    String out = sb.toString();
    if (language.equals("bg")) {
      out = out.replace("kh", "h").replace("Kh", "H").replace("KH", "H");
    }
    return shoutedAsWritten(name, out);
  }

  /** Words written all in capitals stay so ("ЩАТИТЕ" is "SHTATITE", not "ShtATITE"). */
  private static String shoutedAsWritten(String name, String latin) {
    String[] written = name.split(" ", -1);
    String[] words = latin.split(" ", -1);
    if (written.length != words.length) {
      return latin;
    }
    for (int i = 0; i < words.length; i++) {
      if (written[i].codePoints().filter(Character::isLetter).count() >= 2
          && written[i].codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
        words[i] = words[i].toUpperCase(Locale.ROOT);
      }
    }
    return String.join(" ", words);
  }
}
