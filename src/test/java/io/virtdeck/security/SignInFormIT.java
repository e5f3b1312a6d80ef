package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.testing.WebSession;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The local sign-in form: CSRF token required, repeated failures locked out. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/security.kubeconfig"
    })
class SignInFormIT {

  @LocalServerPort int port;
  @Autowired SignInThrottle throttle;
  private WebSession session;

  @BeforeEach
  void open() {
    session = new WebSession("http://localhost:" + port);
  }

  /** Other test classes share this server and sign in as shop-owner. */
  @AfterEach
  void unlock() {
    throttle.succeeded("shop-owner");
  }

  @Test
  void aPostWithoutTheTokenSignsNobodyIn() {
    var post =
        session.postForm("/login", Map.of("username", "operator", "password", "demo"), false);

    assertThat(post.statusCode()).isEqualTo(403);
    var home = session.get("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/login"));
  }

  @Test
  void aPostWithTheTokenSignsIn() {
    var post = session.signIn("operator", "demo");

    assertThat(post.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error", "locked"));
    assertThat(session.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void repeatedWrongPasswordsLockTheUserNameEvenForTheRightOne() {
    for (int i = 0; i < 5; i++) {
      var wrong = session.signIn("shop-owner", "wrong-" + i);
      assertThat(wrong.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    var right = session.signIn("shop-owner", "demo");

    assertThat(right.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
    assertThat(session.get("/").statusCode()).isEqualTo(302);
    var form = session.get("/login?locked");
    assertThat(form.body())
        .as("%s %s", form.statusCode(), form.headers().map())
        .contains("Too many failed sign-ins");
  }

  @Test
  void aForgedHostHeaderIsNotReflectedInTheSignInRedirect() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket
          .getOutputStream()
          .write(
              "GET /vm/shop/web-01 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String head =
          new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)
              .split("\r\n\r\n", 2)[0];

      assertThat(head).startsWith("HTTP/1.1 302").containsIgnoringCase("\nLocation: /login");
      assertThat(head).doesNotContain("evil.example");
    }
  }
}
