package io.virtdeck.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on failed sign-ins through the local form: at most {@code userFailures} for one user name
 * and {@code clientFailures} from one client address within {@code window}; beyond that the form
 * refuses that user name or address until the window has passed.
 */
@ConfigurationProperties("virtdeck.security.sign-in-throttle")
public record SignInThrottleProperties(int userFailures, int clientFailures, Duration window) {

  public SignInThrottleProperties {
    userFailures = userFailures <= 0 ? 5 : userFailures;
    clientFailures = clientFailures <= 0 ? 20 : clientFailures;
    window =
        window == null || window.isNegative() || window.isZero() ? Duration.ofMinutes(15) : window;
  }
}
