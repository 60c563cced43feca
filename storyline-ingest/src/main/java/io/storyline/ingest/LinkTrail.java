package io.storyline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Follows a symbolic link that cannot be read, link by link, to say why: a loop or a missing target. */
final class LinkTrail {
  /** Links followed before giving up, as the Linux kernel does (ELOOP after 40). */
  private static final int MAX_LINKS = 40;

  private LinkTrail() {
  }

  /** Why the link at {@code path} leads nowhere readable: "symbolic link loop: a -> b -> a" or "broken symbolic link". */
  static String whyUnreadable(Path path) {
    Set<Path> seen = new HashSet<>();
    StringBuilder trail = new StringBuilder(path.toString());
    Path at = path.toAbsolutePath().normalize();
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(at); i++) {
      if (!seen.add(at)) {
        return "symbolic link loop: " + trail;
      }
      try {
        Path target = Files.readSymbolicLink(at);
        trail.append(" -> ").append(target);
        at = at.resolveSibling(target).normalize();
      } catch (IOException e) {
        return "unreadable symbolic link: " + IoErrors.reason(e);
      }
    }
    if (Files.isSymbolicLink(at)) {
      return "symbolic link loop: more than " + MAX_LINKS + " links from " + path;
    }
    return Files.exists(at) ? "unreadable symbolic link: " + trail : "broken symbolic link: " + trail + " does not exist";
  }
}
