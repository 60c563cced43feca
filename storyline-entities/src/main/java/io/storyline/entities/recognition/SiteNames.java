package io.storyline.entities.recognition;

import com.ibm.icu.util.ULocale;
import io.storyline.entities.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** News sites named by their domain ("RBC.UA", "Espreso.tv"), as the candidates pass finds them. */
final class SiteNames {
  /** Top-level domains besides the countries' two letters, as news sites end their names. */
  private static final Set<String> GENERIC_DOMAINS = Set.of("com", "net", "org", "info", "biz", "news", "online",
      "media", "eu");

  private static final Set<String> COUNTRY_DOMAINS = countryDomains();

  private SiteNames() {}

  private static Set<String> countryDomains() {
    Set<String> out = new HashSet<>();
    for (String code : ULocale.getISOCountries()) {
      out.add(code.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * The tokens of a site's name written as its domain at {@code i} ("RBC.UA", "LB.ua", "Корреспондент.net"): a
   * capitalised word, a period and a top-level domain with no space between, the domain in lower case or, after a
   * word in capitals, in capitals; else 0. "Trump.It was" (a missing space) is no site.
   */
  static int siteName(Document doc, int i) {
    List<Token> tokens = doc.tokens;
    if (i + 2 >= tokens.size() || !tokens.get(i).capitalised() || !tokens.get(i + 1).text().equals(".")
        || tokens.get(i + 1).spaceBefore() || tokens.get(i + 2).spaceBefore() || !tokens.get(i + 2).word()) {
      return 0;
    }
    String domain = tokens.get(i + 2).text();
    boolean lower = domain.equals(domain.toLowerCase(Locale.ROOT));
    boolean capitals = tokens.get(i + 2).acronym() && tokens.get(i).acronym();
    String folded = domain.toLowerCase(Locale.ROOT);
    return (lower || capitals) && (COUNTRY_DOMAINS.contains(folded) || GENERIC_DOMAINS.contains(folded)) ? 3 : 0;
  }
}
