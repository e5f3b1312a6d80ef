package io.virtdeck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Settings that come from pom.xml, their one place, through resource filtering. */
class BuildSettingsTest {

  @Test
  void nodeVersionIsThePomsNotAPlaceholder() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
      properties.load(in);
    }

    assertThat(properties.getProperty("vaadin.node.version")).matches("v\\d+\\.\\d+\\.\\d+");
  }
}
