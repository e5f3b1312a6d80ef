package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageCookieTest {

  @Test
  void eachUserHasTheirOwnCookieWithAValidTokenAsName() {
    String admin = LanguageCookie.name("admin");
    String jane = LanguageCookie.name("jane@example.com");

    assertThat(admin).isNotEqualTo(jane).startsWith(LanguageCookie.PREFIX);
    assertThat(jane).matches("[a-z0-9-]+");
    assertThat(LanguageCookie.name("admin")).isEqualTo(admin);
  }

  @Test
  void theRememberedLanguageIsTheOneStoredForThatUser() {
    Map<String, String> cookies =
        Map.of(
            LanguageCookie.name("admin"), "zh-CN", LanguageCookie.name("helpdesk"), "en", "x", "y");

    assertThat(LanguageCookie.remembered(cookies, "admin")).contains(Locale.SIMPLIFIED_CHINESE);
    assertThat(LanguageCookie.remembered(cookies, "helpdesk")).contains(Locale.ENGLISH);
    assertThat(LanguageCookie.remembered(cookies, "operator")).isEmpty();
  }

  @Test
  void aLanguageVirtDeckDoesNotSpeakIsIgnored() {
    Map<String, String> cookies = Map.of(LanguageCookie.name("admin"), "fr-FR");

    assertThat(LanguageCookie.remembered(cookies, "admin")).isEmpty();
  }

  @Test
  void theScriptStoresTheCookieForAYearBeforeReloading() {
    String script = LanguageCookie.storeAndReloadScript();

    assertThat(script).contains("max-age=31536000").contains("path=/").contains("SameSite=Lax");
    assertThat(script.indexOf("document.cookie")).isLessThan(script.indexOf("location.reload"));
  }
}
