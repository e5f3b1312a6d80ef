package io.virtdeck.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Console settings: a console without a byte in either direction for {@code idleTimeout} is closed;
 * a browser that sends more than {@code inputLimitBytes} faster than the API takes them is cut off;
 * a web console whose VNC server has not greeted within {@code greetingTimeout} of the connection
 * is connected once more (an RFB server always speaks first, so its silence means a lost greeting).
 */
@ConfigurationProperties("virtdeck.console")
public record ConsoleProperties(
    Duration idleTimeout, int inputLimitBytes, Duration greetingTimeout) {

  public ConsoleProperties {
    idleTimeout =
        idleTimeout == null || idleTimeout.isZero() ? Duration.ofMinutes(15) : idleTimeout;
    inputLimitBytes = inputLimitBytes <= 0 ? 1 << 20 : inputLimitBytes;
    greetingTimeout =
        greetingTimeout == null || greetingTimeout.isZero()
            ? Duration.ofSeconds(5)
            : greetingTimeout;
  }
}
