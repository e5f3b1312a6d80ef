package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.CacheState;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.rows.PowerState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string the code asks for exists in English and in Simplified Chinese. */
class I18nBundlesTest {

  private static final Pattern LITERAL_KEY =
      Pattern.compile("(?:getTranslation|translate)\\(\\s*\"([a-z0-9._-]+)\"\\s*[,)]");

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(bundle("translations_zh_CN").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("translations").stringPropertyNames());
  }

  @Test
  void everyKeyTheCodeUsesIsTranslated() throws IOException {
    Set<String> used = new TreeSet<>(literalKeysInSources());
    Arrays.stream(PowerState.values())
        .forEach(p -> used.add("power." + p.name().toLowerCase(Locale.ROOT)));
    used.addAll(List.of("language.en", "language.zh"));
    for (PowerAction action : PowerAction.values()) {
      String id = action.name().toLowerCase(Locale.ROOT);
      used.addAll(List.of(action.titleKey(), action.labelKey(), "vm.confirm." + id));
    }
    Arrays.stream(TaskStatus.values())
        .forEach(s -> used.add("task.status." + s.name().toLowerCase(Locale.ROOT)));
    Arrays.stream(CacheState.Reason.values())
        .forEach(r -> used.add("cluster.reason." + r.name().toLowerCase(Locale.ROOT)));

    assertThat(used).hasSizeGreaterThan(40);
    assertThat(bundle("translations").stringPropertyNames()).containsAll(used);
    assertThat(bundle("translations_zh_CN").stringPropertyNames()).containsAll(used);
  }

  private static Set<String> literalKeysInSources() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    }
    return keys;
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        I18nBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
