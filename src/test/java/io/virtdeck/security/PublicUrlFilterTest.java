package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.util.UrlUtils;

/** With a public URL set, a forged Host header does not reach the absolute URLs VirtDeck builds. */
class PublicUrlFilterTest {

  @Test
  void absoluteUrlsAreBuiltFromThePublicUrlNotTheForgedHost() throws Exception {
    var forged = new MockHttpServletRequest("GET", "/vm/shop/web-01");
    forged.setScheme("http");
    forged.setServerName("evil.example");
    forged.setServerPort(80);
    forged.addHeader("Host", "evil.example");
    AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

    new PublicUrlFilter(URI.create("https://virtdeck.example.com"))
        .doFilter(
            forged,
            new MockHttpServletResponse(),
            (req, res) -> seen.set((HttpServletRequest) req));
    assertThat(UrlUtils.buildFullRequestUrl(seen.get()))
        .isEqualTo("https://virtdeck.example.com/vm/shop/web-01");
    assertThat(seen.get().isSecure()).isTrue();
    assertThat(seen.get().getRequestURL().toString())
        .isEqualTo("https://virtdeck.example.com/vm/shop/web-01");
    assertThat(seen.get().getHeader("Host")).isEqualTo("virtdeck.example.com");
  }
}
