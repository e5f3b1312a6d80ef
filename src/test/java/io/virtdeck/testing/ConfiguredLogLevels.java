package io.virtdeck.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@code logging.level.*} entries of the application's own {@code
 * application.properties} to logback, as Spring Boot does at start-up, for tests that run without a
 * Spring context but check what the configured logging lets through.
 */
public final class ConfiguredLogLevels {

  private static final String PREFIX = "logging.level.";

  private ConfiguredLogLevels() {}

  public static void apply() {
    Properties properties = new Properties();
    try (InputStream in =
        ConfiguredLogLevels.class.getResourceAsStream("/application.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    properties.stringPropertyNames().stream()
        .filter(name -> name.startsWith(PREFIX))
        .forEach(
            name ->
                ((Logger) LoggerFactory.getLogger(name.substring(PREFIX.length())))
                    .setLevel(Level.toLevel(properties.getProperty(name))));
  }
}
