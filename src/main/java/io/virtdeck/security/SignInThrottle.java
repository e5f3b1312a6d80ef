package io.virtdeck.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address over a sliding window and says when
 * either has had too many: then the form refuses further attempts (right password or not) until the
 * oldest counted failure leaves the window. A success clears the user name's count, never the
 * address's (an attacker's own account must not reset it). At most {@link #MAX_KEYS} names or
 * addresses are tracked, so a flood of invented names cannot exhaust memory.
 */
@Component
public class SignInThrottle {

  static final int MAX_KEYS = 10_000;

  private final SignInThrottleProperties limits;
  private final Clock clock;
  private final Map<String, Deque<Instant>> byUser = new HashMap<>();
  private final Map<String, Deque<Instant>> byClient = new HashMap<>();

  public SignInThrottle(SignInThrottleProperties limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** How long this user name or address must wait; empty when it may try now. */
  public synchronized Optional<Duration> refusedFor(String username, String client) {
    Instant now = clock.instant();
    Optional<Duration> user = wait(byUser, key(username), limits.userFailures(), now);
    Optional<Duration> address = wait(byClient, client, limits.clientFailures(), now);
    if (user.isPresent() && address.isPresent()) {
      return Optional.of(user.get().compareTo(address.get()) > 0 ? user.get() : address.get());
    }
    return user.isPresent() ? user : address;
  }

  public synchronized void failed(String username, String client) {
    Instant now = clock.instant();
    record(byUser, key(username), now);
    record(byClient, client, now);
  }

  public synchronized void succeeded(String username) {
    byUser.remove(key(username));
  }

  private Optional<Duration> wait(
      Map<String, Deque<Instant>> counts, String key, int limit, Instant now) {
    Deque<Instant> failures = counts.get(key);
    if (failures == null) {
      return Optional.empty();
    }
    forgetOld(failures, now);
    if (failures.isEmpty()) {
      counts.remove(key);
      return Optional.empty();
    }
    if (failures.size() < limit) {
      return Optional.empty();
    }
    // free again once enough failures have left the window to bring the count below the limit
    Instant deciding = failures.stream().skip(failures.size() - limit).findFirst().orElseThrow();
    return Optional.of(Duration.between(now, deciding.plus(limits.window())));
  }

  private void record(Map<String, Deque<Instant>> counts, String key, Instant now) {
    if (!counts.containsKey(key) && counts.size() >= MAX_KEYS) {
      counts.values().removeIf(failures -> forgetOld(failures, now).isEmpty());
      if (counts.size() >= MAX_KEYS) {
        return;
      }
    }
    Deque<Instant> failures = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
    forgetOld(failures, now).addLast(now);
    if (failures.size() > Math.max(limits.userFailures(), limits.clientFailures())) {
      failures.removeFirst();
    }
  }

  private Deque<Instant> forgetOld(Deque<Instant> failures, Instant now) {
    Instant oldest = now.minus(limits.window());
    while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldest)) {
      failures.removeFirst();
    }
    return failures;
  }

  private static String key(String username) {
    return username.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
