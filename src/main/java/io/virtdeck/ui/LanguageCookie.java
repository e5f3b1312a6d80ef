package io.virtdeck.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language a user chose, remembered in a browser cookie per user: its name carries a hash of
 * the user name (so two people sharing a browser each keep theirs, and the name is a valid cookie
 * token whatever characters the user name has), its value the language tag. Pure: texts in, texts
 * out.
 */
final class LanguageCookie {

  static final String PREFIX = "virtdeck-lang-";

  /** A year: the choice outlives sessions and sign-outs. */
  static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

  private LanguageCookie() {}

  /** The cookie's name for one user. */
  static String name(String username) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The language remembered for the user among the request's cookies (name to value). */
  static Optional<Locale> remembered(Map<String, String> cookies, String username) {
    String tag = cookies.get(name(username));
    if (tag == null) {
      return Optional.empty();
    }
    return offered().stream().filter(l -> l.toLanguageTag().equals(tag)).findFirst();
  }

  /** The languages VirtDeck speaks (the header's switch offers them). */
  static List<Locale> offered() {
    return AppHeader.LANGUAGES;
  }

  /**
   * A browser script that stores the choice and reloads the page in it. The cookie is written by
   * the page because a change made over the push connection has no HTTP response to carry it.
   */
  static String storeAndReloadScript() {
    return "document.cookie = $0 + '=' + $1 + '; path=/; max-age="
        + MAX_AGE_SECONDS
        + "; SameSite=Lax' + (location.protocol === 'https:' ? '; Secure' : '');"
        + " location.reload();";
  }
}
