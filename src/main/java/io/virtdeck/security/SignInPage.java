package io.virtdeck.security;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves {@code /login} for local accounts ({@link SignInHtml}), in the browser's language when
 * VirtDeck speaks it (English or Simplified Chinese, from the same bundles as the UI). With OIDC
 * there is no such page: sign-in starts at the provider.
 */
@Controller
class SignInPage {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final String BUNDLE = "vaadin-i18n.translations";
  private static final DefaultI18NProvider TEXTS =
      new DefaultI18NProvider(List.of(Locale.ENGLISH, CHINESE));

  private final SecurityProperties properties;
  private final ObjectProvider<SignInAccounts> accounts;

  SignInPage(SecurityProperties properties, ObjectProvider<SignInAccounts> accounts) {
    this.properties = properties;
    this.accounts = accounts;
  }

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  @ResponseBody
  String page(HttpServletRequest request) {
    SignInAccounts offered = accounts.getIfAvailable();
    if (SecurityConfiguration.useOidc(properties, offered)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Locale locale = language(Collections.list(request.getLocales()));
    var token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return SignInHtml.render(
        key -> TEXTS.getTranslation(key, locale),
        locale.toLanguageTag(),
        request.getParameter("locked") != null
            ? SignInHtml.Notice.LOCKED
            : request.getParameter("error") != null ? SignInHtml.Notice.FAILED : null,
        offered == null ? List.of() : described(offered.accounts(), locale),
        token == null ? null : new SignInHtml.Csrf(token.getParameterName(), token.getToken()));
  }

  /**
   * The accounts, each described in the page's language when the bundles know the account ({@code
   * login.account.<username>}, as for the demo users), else as offered.
   */
  static List<SignInAccounts.Account> described(
      List<SignInAccounts.Account> accounts, Locale locale) {
    return accounts.stream()
        .map(
            a -> {
              String key = "login.account." + a.username();
              boolean known = ResourceBundle.getBundle(BUNDLE, locale).containsKey(key);
              return new SignInAccounts.Account(
                  a.username(),
                  a.password(),
                  a.groups(),
                  known ? TEXTS.getTranslation(key, locale) : a.description());
            })
        .toList();
  }

  /** The first of the browser's languages VirtDeck speaks; English when none. */
  static Locale language(List<Locale> preferred) {
    for (Locale locale : preferred) {
      if (locale.getLanguage().equals(CHINESE.getLanguage())) {
        return CHINESE;
      }
      if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }
}
