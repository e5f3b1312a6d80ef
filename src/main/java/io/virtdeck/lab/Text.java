package io.virtdeck.lab;

import java.util.Locale;
import java.util.Map;

/**
 * A text of a lab file in each language it is written in ({@code en}, {@code zh_CN}); the user's
 * language is shown where the file has it, English otherwise.
 */
public record Text(Map<String, String> byLanguage) {

  public Text {
    byLanguage = Map.copyOf(byLanguage);
  }

  public static Text of(String english) {
    return new Text(Map.of("en", english));
  }

  public String in(Locale locale) {
    String tag =
        locale.getLanguage() + (locale.getCountry().isEmpty() ? "" : "_" + locale.getCountry());
    String found = byLanguage.get(tag);
    if (found == null) {
      found = byLanguage.get(locale.getLanguage());
    }
    if (found == null && locale.getLanguage().equals("zh")) {
      found = byLanguage.get("zh_CN");
    }
    return found != null ? found : byLanguage.getOrDefault("en", "");
  }

  public boolean isEmpty() {
    return byLanguage.values().stream().allMatch(String::isBlank);
  }
}
