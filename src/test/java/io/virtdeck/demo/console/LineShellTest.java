package io.virtdeck.demo.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShellTest {

  private final LineShell shell = new LineShell(Guests.linux(), Guests.CLOCK);

  @Test
  void startsWithTheOsBannerAndALoginPrompt() {
    assertThat(shell.start())
        .contains("Fedora Linux 42 (Cloud Edition)")
        .contains("Kernel 6.14.0-63.fc42.x86_64")
        .endsWith("web-01 login: ");
  }

  @Test
  void anyUserWithPasswordDemoGetsAShellAndTheHostnameIsTheVmName() {
    shell.start();
    assertThat(shell.type("alice\r")).isEqualTo("alice\r\nPassword: ");
    assertThat(shell.type("demo\r"))
        .as("the password is not echoed")
        .doesNotContain("demo")
        .endsWith("[alice@web-01 ~]$ ");
    assertThat(shell.loggedIn()).isTrue();
    assertThat(shell.type("hostname\r")).isEqualTo("hostname\r\nweb-01\r\n[alice@web-01 ~]$ ");
  }

  @Test
  void aWrongPasswordGoesBackToTheLoginPrompt() {
    shell.start();
    shell.type("alice\r");
    assertThat(shell.type("secret\r")).contains("Login incorrect").endsWith("web-01 login: ");
    assertThat(shell.loggedIn()).isFalse();
  }

  @Test
  void commandsAnswerFromTheInventory() {
    loggedIn();
    assertThat(shell.type("uname -a\r")).contains("Linux web-01 6.14.0-63.fc42.x86_64");
    assertThat(shell.type("ip a\r"))
        .contains("inet 10.0.2.15/24 scope global eth0")
        .contains("inet 192.168.10.7/24 scope global eth1");
    assertThat(shell.type("df -h\r"))
        .contains("/dev/vda1")
        .contains("30G")
        .contains("/dev/vdb1")
        .contains("100G");
    assertThat(shell.type("uptime\r")).contains(" 10:00:00 up 3:02,  1 user");
    assertThat(shell.type("reboot\r")).contains("-bash: reboot: command not found");
  }

  @Test
  void backspaceErasesAndArrowKeysTypeNothing() {
    loggedIn();
    assertThat(shell.type("hostx\u007f")).isEqualTo("hostx\b \b");
    assertThat(shell.type("name\u001b[A\r")).contains("\r\nweb-01\r\n");
  }

  @Test
  void exitLogsOut() {
    loggedIn();
    assertThat(shell.type("exit\r")).endsWith("web-01 login: ");
    assertThat(shell.loggedIn()).isFalse();
  }

  private void loggedIn() {
    shell.start();
    shell.type("alice\rdemo\r");
  }
}
