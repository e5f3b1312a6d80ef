package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutFilterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
  private final AbsoluteSessionTimeoutFilter filter =
      new AbsoluteSessionTimeoutFilter(Duration.ofHours(12), clock);

  @Test
  void sessionOlderThanTheAbsoluteTimeoutEndsEvenWhenActive() throws Exception {
    long thirteenHoursAgo = clock.millis() - Duration.ofHours(13).toMillis();
    MockHttpSession session =
        new MockHttpSession() {
          @Override
          public long getCreationTime() {
            return thirteenHoursAgo;
          }
        };
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
    request.setSession(session);

    filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void youngerSessionGoesOn() throws Exception {
    long elevenHoursAgo = clock.millis() - Duration.ofHours(11).toMillis();
    MockHttpSession session =
        new MockHttpSession() {
          @Override
          public long getCreationTime() {
            return elevenHoursAgo;
          }
        };
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
    request.setSession(session);
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(session.isInvalid()).isFalse();
    assertThat(chain.getRequest()).isSameAs(request);
  }
}
