package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.testing.WebSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page VirtDeck serves carries the full set of security headers, signed in or not. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/security.kubeconfig"
    })
class SecurityHeadersIT {

  @LocalServerPort int port;
  private WebSession session;

  @BeforeEach
  void open() {
    session = new WebSession("http://localhost:" + port);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/vm/shop/web-01",
        "/vm/shop/web-01/console",
        "/tasks",
        "/glossary",
        "/snapshots",
        "/datacenter",
        "/folder/shop",
        "/host/worker-01",
        "/datastore/ceph-rbd",
        "/network/shop/vlan-200-dmz",
        "/labs",
        "/migration-plan"
      })
  void applicationPagesOfASignedInUser(String path) {
    assertThat(session.signIn("admin", "demo").statusCode()).isEqualTo(302);

    HttpResponse<String> page = session.get(path);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html");
    assertFullSet(page);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/signin-failed", "/offline.html", "/login"})
  void pagesAnyoneMayOpen(String path) {
    HttpResponse<String> page = session.get(path);

    assertFullSet(page);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/vm/shop/web-01", "/tasks"})
  void aPageWithoutSessionRedirectsWithTheHeaders(String path) {
    HttpResponse<String> page = session.get(path);

    assertThat(page.statusCode()).isEqualTo(302);
    assertFullSet(page);
  }

  private static void assertFullSet(HttpResponse<String> page) {
    var headers = page.headers();
    assertThat(headers.allValues("Content-Security-Policy"))
        .as("CSP of %s", page.uri())
        .singleElement()
        .satisfies(
            csp -> {
              assertThat(csp).contains("connect-src 'self';", "frame-ancestors 'none'");
              assertThat(csp).doesNotContain("ws:", "wss:");
            });
    assertThat(headers.firstValue("X-Content-Type-Options"))
        .as("%s", page.uri())
        .hasValue("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).as("%s", page.uri()).hasValue("same-origin");
    assertThat(headers.firstValue("X-Frame-Options")).as("%s", page.uri()).hasValue("DENY");
    assertThat(headers.firstValue("Cache-Control"))
        .as("%s", page.uri())
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
  }
}
