package io.storyline.ingest.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The robots.txt rules of each site (scheme, host and port), read once per hour with crawler-commons:
 * a missing robots.txt (4xx) allows everything; one that cannot be read (5xx, timeout) forbids
 * everything until the next try, as RFC 9309 asks.
 */
final class RobotsRules {

  private static final long REFRESH_NANOS = Duration.ofHours(1).toNanos();
  private static final long RETRY_UNREADABLE_NANOS = Duration.ofMinutes(5).toNanos();

  private record Cached(BaseRobotRules rules, long expiresNanos) {
  }

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Cached> sites = new ConcurrentHashMap<>();
  private final Function<String, FetchResult> fetchRobots;

  /** @param fetchRobots fetches a robots.txt URL once, without consulting robots.txt */
  RobotsRules(Function<String, FetchResult> fetchRobots) {
    this.fetchRobots = fetchRobots;
  }

  /** The rules for the site of {@code url}, fetched when not known or out of date. */
  BaseRobotRules forSite(okhttp3.HttpUrl url) {
    String site = url.scheme() + "://" + url.host() + ":" + url.port();
    Cached cached = sites.get(site);
    long now = System.nanoTime();
    if (cached != null && cached.expiresNanos() - now > 0) {
      return cached.rules();
    }
    String robotsUrl = url.newBuilder().encodedPath("/robots.txt").query(null).fragment(null).build().toString();
    BaseRobotRules rules;
    long ttl = REFRESH_NANOS;
    switch (fetchRobots.apply(robotsUrl)) {
      case FetchResult.Body body -> rules = parser.parseContent(robotsUrl, body.bytes(),
          body.contentType().isEmpty() ? "text/plain" : body.contentType(), List.of(FetchPolicy.ROBOT_NAME));
      case FetchResult.NotModified n -> rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
      case FetchResult.Failure f -> {
        if (f.temporary()) {
          rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
          ttl = RETRY_UNREADABLE_NANOS;
        } else {
          rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        }
      }
    }
    sites.put(site, new Cached(rules, now + ttl));
    return rules;
  }

  /** The Crawl-delay the rules ask for, capped, or zero. */
  static Duration crawlDelay(BaseRobotRules rules) {
    long millis = rules.getCrawlDelay();
    if (millis <= 0) {
      return Duration.ZERO;
    }
    Duration asked = Duration.ofMillis(millis);
    return asked.compareTo(FetchPolicy.MAX_CRAWL_DELAY) > 0 ? FetchPolicy.MAX_CRAWL_DELAY : asked;
  }
}
