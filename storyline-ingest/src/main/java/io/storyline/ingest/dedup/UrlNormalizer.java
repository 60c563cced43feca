package io.storyline.ingest.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The key under which one article's addresses meet: the same page reached through tracking
 * parameters, an AMP version or a mobile host gets the same key.
 *
 * <p>It lower-cases the host and drops {@code www.}, {@code m.}, {@code mobile.} and {@code amp.}
 * prefixes, the default port, the fragment, tracking parameters ({@code utm_*}, {@code fbclid},
 * {@code gclid} and the like) and AMP markers ({@code /amp} path ends, {@code ?amp},
 * {@code outputType=amp}); it sorts the remaining parameters and drops a trailing slash. The key is for
 * comparing, never for fetching.
 */
public final class UrlNormalizer {

  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid",
      "mc_cid", "mc_eid", "_ga", "_gl", "ref", "ref_src", "ref_url", "cmpid", "ito", "ocid", "spm", "smid", "share",
      "src", "amp", "outputtype", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
      "wt_mc", "wt.mc_id", "__twitter_impression", "s_cid", "cid", "sr_share", "rss", "feature");
  private static final Pattern HOST_PREFIX = Pattern.compile("^(www\\d?|m|mobile|amp)\\.");
  private static final Pattern AMP_PATH = Pattern.compile("(/amp|/amp\\.html|\\.amp|\\.amp\\.html|/amp/)$");

  private UrlNormalizer() {
  }

  /** The comparison key of a URL; the URL itself, trimmed, when it is not an http(s) URL. */
  public static String key(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
    if (parsed == null) {
      return url == null ? "" : url.strip();
    }
    String host = HOST_PREFIX.matcher(parsed.host().toLowerCase(Locale.ROOT)).replaceFirst("");
    String path = parsed.encodedPath();
    path = AMP_PATH.matcher(path).replaceFirst("");
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<String> params = new ArrayList<>();
    for (int i = 0; i < parsed.querySize(); i++) {
      String name = parsed.queryParameterName(i);
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("utm_") || TRACKING.contains(lower)) {
        continue;
      }
      String value = parsed.queryParameterValue(i);
      params.add(name + (value == null ? "" : "=" + value));
    }
    params.sort(null);
    boolean defaultPort = parsed.port() == HttpUrl.defaultPort(parsed.scheme());
    // http and https of one page are one article
    return "//" + host + (defaultPort ? "" : ":" + parsed.port()) + (path.isEmpty() ? "/" : path)
        + (params.isEmpty() ? "" : "?" + String.join("&", params));
  }
}
