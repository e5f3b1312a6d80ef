package io.virtdeck.demo.console;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The demo guest's login and shell, one typed character at a time: a login prompt (any user name,
 * password {@code demo}), then a few commands answered from the guest's facts. Returns what the
 * guest writes back (echo included), with {@code \r\n} line ends as a terminal expects.
 */
final class LineShell {

  static final String PASSWORD = "demo";
  static final String CLEAR = "\u001b[H\u001b[2J";

  private enum State {
    LOGIN,
    PASSWORD,
    SHELL
  }

  private final GuestFacts facts;
  private final Clock clock;
  private final StringBuilder line = new StringBuilder();
  private State state = State.LOGIN;
  private String user = "";
  private boolean escape;

  LineShell(GuestFacts facts, Clock clock) {
    this.facts = facts;
    this.clock = clock;
  }

  /** The banner and first login prompt. */
  String start() {
    state = State.LOGIN;
    return "\r\n"
        + facts.osName()
        + "\r\nKernel "
        + facts.kernel()
        + " on x86_64\r\n\r\n"
        + login();
  }

  boolean loggedIn() {
    return state == State.SHELL;
  }

  /** Types {@code text}; the guest's answer. */
  String type(String text) {
    var out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      out.append(type(text.charAt(i)));
    }
    return out.toString();
  }

  private String type(char c) {
    if (escape) { // skips terminal escape sequences (arrow keys): ESC [ ... letter
      escape = c == '[' || c == 'O' || !Character.isLetter(c) && c != '~';
      return "";
    }
    return switch (c) {
      case '\u001b' -> {
        escape = true;
        yield "";
      }
      case '\r', '\n' -> submit();
      case '\u007f', '\b' -> erase();
      case '\u0003' -> {
        line.setLength(0);
        yield "^C\r\n" + prompt();
      }
      default -> {
        if (c < ' ' || line.length() >= 200) {
          yield "";
        }
        line.append(c);
        yield state == State.PASSWORD ? "" : String.valueOf(c);
      }
    };
  }

  private String erase() {
    if (line.isEmpty()) {
      return "";
    }
    line.setLength(line.length() - 1);
    return state == State.PASSWORD ? "" : "\b \b";
  }

  private String submit() {
    String text = line.toString().strip();
    line.setLength(0);
    switch (state) {
      case LOGIN -> {
        if (text.isEmpty()) {
          return "\r\n" + login();
        }
        user = text;
        state = State.PASSWORD;
        return "\r\nPassword: ";
      }
      case PASSWORD -> {
        if (!text.equals(PASSWORD)) {
          state = State.LOGIN;
          return "\r\n\r\nLogin incorrect\r\n" + login();
        }
        state = State.SHELL;
        return "\r\nLast login: " + stamp() + " on ttyS0\r\n" + prompt();
      }
      default -> {
        return "\r\n" + GuestCommands.answer(text, user, facts, clock) + after(text);
      }
    }
  }

  private String after(String command) {
    if (command.equals("exit") || command.equals("logout")) {
      state = State.LOGIN;
      return "\r\n" + login();
    }
    return prompt();
  }

  private String login() {
    return facts.name() + " login: ";
  }

  String prompt() {
    if (state != State.SHELL) {
      return state == State.LOGIN ? login() : "Password: ";
    }
    return facts.windows()
        ? "C:\\Users\\" + user + ">"
        : "[" + user + "@" + facts.name() + " ~]" + (user.equals("root") ? "# " : "$ ");
  }

  private String stamp() {
    return DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy")
        .format(clock.instant().minus(Duration.ofHours(3)).atOffset(ZoneOffset.UTC));
  }
}
