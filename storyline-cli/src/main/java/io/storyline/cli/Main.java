package io.storyline.cli;

import picocli.CommandLine;

/** Entry point: {@code storyline <command>}. Exit codes: 0 ok, 1 failure, 2 usage. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (used by tests to run the real CLI in-process). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new StorylineCommand());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("storyline " + commandLine.getCommandName() + ": " + message(e));
      if (Boolean.getBoolean("storyline.debug")) {
        e.printStackTrace(commandLine.getErr());
      }
      return 1;
    });
    return cli.execute(args);
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
