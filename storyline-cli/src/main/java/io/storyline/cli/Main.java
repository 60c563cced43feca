package io.storyline.cli;

import picocli.CommandLine;

/** Entry point: {@code storyline <command>}. Exit codes: 0 ok, 1 failure, 2 usage. */
public final class Main {
  static {
    // warnings from the libraries (a torn log skipped) read as one line: "storyline: WARNING: the log ... "
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "storyline: %4$s: %5$s%6$s%n");
    }
  }

  /** Held so the level sticks: Lucene's start-up notice about the optional vector module is not for users. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  static {
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code. */
  public static int run(String... args) {
    return run(null, null, args);
  }

  /** Runs a command line writing to {@code out}/{@code err} (null: the standard streams); used by tests. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new StorylineCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true); // "entity retype ID location" as well as LOCATION
    if (out != null) {
      cli.setOut(out);
    }
    if (err != null) {
      cli.setErr(err);
    }
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("storyline " + commandLine.getCommandName() + ": " + message(e));
      if (Boolean.getBoolean("storyline.debug")) {
        e.printStackTrace(commandLine.getErr());
      }
      return 1;
    });
    int code = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
