package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed sign-ins lock a user name or a client address for the rest of the window. */
class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");
  private final MutableClock clock = new MutableClock();
  private final SignInThrottle throttle =
      new SignInThrottle(new SignInThrottleProperties(3, 5, Duration.ofMinutes(10)), clock);

  @Test
  void aUserNameIsLockedAfterTooManyFailuresFromAnywhereUntilTheWindowPasses() {
    throttle.failed("admin", "10.0.0.1");
    clock.advance(Duration.ofMinutes(1));
    throttle.failed("Admin", "10.0.0.2");
    assertThat(throttle.refusedFor("admin", "10.0.0.9")).isEmpty();
    throttle.failed("admin", "10.0.0.3");

    assertThat(throttle.refusedFor("admin", "10.0.0.9")).hasValue(Duration.ofMinutes(9));
    assertThat(throttle.refusedFor("helpdesk", "10.0.0.9")).isEmpty();
    clock.advance(Duration.ofMinutes(9));
    assertThat(throttle.refusedFor("admin", "10.0.0.9")).isEmpty();
  }

  @Test
  void aClientAddressIsLockedAfterTooManyFailuresWhateverTheUserName() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("user-" + i, "10.0.0.1");
    }

    assertThat(throttle.refusedFor("someone-else", "10.0.0.1")).isPresent();
    assertThat(throttle.refusedFor("someone-else", "10.0.0.2")).isEmpty();
  }

  @Test
  void successClearsTheUserNameButNotTheAddress() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("victim", "10.0.0.1");
    }
    throttle.succeeded("victim");
    throttle.failed("attacker", "10.0.0.1");

    assertThat(throttle.refusedFor("victim", "10.0.0.2")).isEmpty();
    assertThat(throttle.refusedFor("attacker", "10.0.0.1")).isPresent();
  }

  @Test
  void inventedUserNamesCannotGrowTheTablesWithoutBound() {
    for (int i = 0; i < SignInThrottle.MAX_KEYS + 50; i++) {
      throttle.failed("name-" + i, "10.0." + (i / 250) + "." + (i % 250));
    }

    assertThat(throttle.refusedFor("name-" + (SignInThrottle.MAX_KEYS + 10), "10.9.9.9")).isEmpty();
    clock.advance(Duration.ofMinutes(11));
    throttle.failed("late", "10.9.9.9");
    throttle.failed("late", "10.9.9.9");
    throttle.failed("late", "10.9.9.9");
    assertThat(throttle.refusedFor("late", "10.9.9.8")).isPresent();
  }

  private static final class MutableClock extends Clock {
    private Instant now = T0;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
