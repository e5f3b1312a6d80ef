package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which WebSocket handshakes count as coming from VirtDeck's own pages. */
class OriginsTest {

  private static final PublicUrl UNSET = new PublicUrl(null);

  private static MockHttpServletRequest handshake(String origin) {
    var request = new MockHttpServletRequest("GET", "/VAADIN/push");
    request.setScheme("https");
    request.setServerName("virtdeck.example.com");
    request.setServerPort(443);
    request.addHeader("Upgrade", "websocket");
    if (origin != null) {
      request.addHeader("Origin", origin);
    }
    return request;
  }

  @Test
  void theRequestsOwnOriginIsAllowedDefaultPortOrNot() {
    assertThat(Origins.sameOrigin(handshake("https://virtdeck.example.com"), UNSET)).isTrue();
    assertThat(Origins.sameOrigin(handshake("https://VirtDeck.example.com:443"), UNSET)).isTrue();
  }

  @Test
  void foreignSchemeHostOrPortIsRefused() {
    assertThat(Origins.sameOrigin(handshake("http://evil.example"), UNSET)).isFalse();
    assertThat(Origins.sameOrigin(handshake("http://virtdeck.example.com"), UNSET)).isFalse();
    assertThat(Origins.sameOrigin(handshake("https://virtdeck.example.com:8443"), UNSET)).isFalse();
    assertThat(Origins.sameOrigin(handshake("https://virtdeck.example.com.evil.example"), UNSET))
        .isFalse();
    assertThat(Origins.sameOrigin(handshake("null"), UNSET)).isFalse();
  }

  @Test
  void aConfiguredPublicUrlIsTheOnlyOriginAllowed() {
    var fixed = new PublicUrl(URI.create("https://console.example.org/"));

    assertThat(Origins.sameOrigin(handshake("https://console.example.org"), fixed)).isTrue();
    assertThat(Origins.sameOrigin(handshake("https://virtdeck.example.com"), fixed)).isFalse();
  }

  @Test
  void aClientThatSendsNoOriginIsNotABrowserAndStillNeedsASession() {
    assertThat(Origins.sameOrigin(handshake(null), UNSET)).isTrue();
  }

  @Test
  void onlyHandshakesAreChecked() {
    assertThat(WebSocketOriginFilter.isHandshake(handshake("http://evil.example"))).isTrue();
    assertThat(WebSocketOriginFilter.isHandshake(new MockHttpServletRequest("GET", "/"))).isFalse();
  }

  @Test
  void aPublicUrlMustBeAnHttpAddress() {
    assertThatThrownBy(() -> new PublicUrl(URI.create("virtdeck.example.com")))
        .hasMessageContaining("virtdeck.public-url");
  }
}
