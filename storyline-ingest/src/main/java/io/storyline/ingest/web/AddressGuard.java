package io.storyline.ingest.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import okhttp3.Dns;
import okhttp3.HttpUrl;

/**
 * Keeps fetches away from the machine's own network (SSRF): only http and https, no credentials in
 * the URL, and no address in a loopback, private, link-local, carrier-grade NAT, unique-local,
 * multicast, broadcast or unspecified range.
 *
 * <p>It is the client's {@link Dns}: every host is checked on the addresses it resolves to, which
 * are the ones the connection then uses, so a name that points inside is refused, on the first
 * request and after every redirect. Loopback is allowed only when the policy says so.
 */
final class AddressGuard implements Dns {

  /** Thrown for a refused address; a subclass of the exception OkHttp expects from DNS. */
  static final class Refused extends UnknownHostException {
    Refused(String message) {
      super(message);
    }
  }

  private final boolean allowLoopback;

  AddressGuard(boolean allowLoopback) {
    this.allowLoopback = allowLoopback;
  }

  /** Checks what can be checked before connecting: scheme, credentials and a literal address. */
  void checkUrl(HttpUrl url) throws Refused {
    if (!url.scheme().equals("http") && !url.scheme().equals("https")) {
      throw new Refused("scheme " + url.scheme() + " is not allowed (http, https)");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new Refused("URLs with credentials are not fetched");
    }
    if (isLiteralAddress(url.host())) {
      try {
        check(url.host(), InetAddress.getByName(url.host()));
      } catch (Refused e) {
        throw e;
      } catch (UnknownHostException e) {
        throw new Refused(url.host() + ": not an address");
      }
    }
  }

  /** Checks a URL given as text, before any client sees it; the message names the URL and what is allowed. */
  static HttpUrl parse(String url) throws Refused {
    String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new Refused("scheme " + (scheme.isEmpty() ? "missing" : scheme) + " is not allowed (http, https)");
    }
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new Refused("not a valid URL");
    }
    return parsed;
  }

  @Override
  public List<InetAddress> lookup(String host) throws UnknownHostException {
    List<InetAddress> addresses = Dns.SYSTEM.lookup(host);
    for (InetAddress address : addresses) {
      check(host, address);
    }
    return addresses;
  }

  private void check(String host, InetAddress address) throws Refused {
    String range = forbiddenRange(address);
    if (range != null) {
      throw new Refused(host + " resolves to " + address.getHostAddress() + ", a " + range
          + " address; only public addresses are fetched" + (range.equals("loopback") ? " (--allow-loopback for local use)" : ""));
    }
  }

  /** The name of the forbidden range holding the address, or null for a public address. */
  String forbiddenRange(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return allowLoopback ? null : "loopback";
    }
    if (address.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (address.isLinkLocalAddress()) {
      return "link-local";
    }
    if (address.isSiteLocalAddress()) {
      return "private";
    }
    if (address.isMulticastAddress()) {
      return "multicast";
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xFF;
      int second = b[1] & 0xFF;
      if (first == 0) {
        return "unspecified";
      }
      if (first == 100 && second >= 64 && second < 128) {
        return "carrier-grade NAT";
      }
      if (first == 192 && second == 0 && (b[2] & 0xFF) == 0) {
        return "IETF protocol";
      }
      if (first == 198 && (second == 18 || second == 19)) {
        return "benchmarking";
      }
      if (first >= 240) {
        return "reserved or broadcast";
      }
    }
    if (address instanceof Inet6Address six) {
      if ((b[0] & 0xFE) == 0xFC) {
        return "unique-local";
      }
      if (isMappedIpv4(b)) {
        try {
          return forbiddenRange(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return "invalid";
        }
      }
      if (six.isIPv4CompatibleAddress()) {
        return "IPv4-compatible";
      }
    }
    return null;
  }

  private static boolean isLiteralAddress(String host) {
    return host.contains(":") || host.matches("[0-9.]+");
  }

  private static boolean isMappedIpv4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
  }
}
