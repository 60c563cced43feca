# Finds a JDK 21 or newer for ./mvnw and ./storyline (both source this file; POSIX sh).
#   find_jdk   prints JAVA_HOME when it is a JDK 21+, else the newest JDK 21+ among `java` on the PATH and the
#              usual install directories; prints nothing when there is none.
#   java_major prints the major version of the java binary $1, or nothing.

java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

# A subshell: globbing on (mvnw runs with set -f) and no variables leak to the caller.
find_jdk() (
  set +f
  is_21_plus() { case "$1" in '' | *[!0-9]*) return 1 ;; *) [ "$1" -ge 21 ] ;; esac; }
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ] \
    && is_21_plus "$(java_major "$JAVA_HOME/bin/java")"; then
    printf '%s\n' "$JAVA_HOME"
    exit 0
  fi
  on_path=""
  if command -v java >/dev/null 2>&1; then
    java_bin="$(command -v java)"
    java_bin="$(readlink -f "$java_bin" 2>/dev/null || printf '%s' "$java_bin")"
    on_path="$(dirname "$(dirname "$java_bin")")"
  fi
  best="" best_major=0
  for c in "$on_path" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
    "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/*; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    m="$(java_major "$c/bin/java")"
    if is_21_plus "$m" && [ "$m" -gt "$best_major" ]; then best="$c" best_major="$m"; fi
  done
  printf '%s\n' "$best"
)
