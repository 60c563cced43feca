package io.storyline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends what the libraries log through SLF4J (Readability4J, Rome, crawler-commons) to
 * {@code DATA/logs/storyline.log} instead of the terminal, where a page Readability4J could not fully
 * process used to print its whole HTML and a stack trace; the terminal keeps one line per problem.
 */
final class LibraryLog {
  static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

  private LibraryLog() {}

  /**
   * Chooses the log file under the data directory, unless one was chosen on the command line; call before
   * anything logs (the SLF4J simple logger reads its settings once). Returns the file in use, or null.
   */
  static Path toFile(Path data) {
    if (System.getProperty(LOG_FILE_PROPERTY) != null) {
      return null;
    }
    Path file = data.resolve("logs").resolve("storyline.log");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      return null; // the libraries then log to the terminal as before
    }
    System.setProperty(LOG_FILE_PROPERTY, file.toString());
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    return file;
  }
}
