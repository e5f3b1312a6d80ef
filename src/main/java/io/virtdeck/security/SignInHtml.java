package io.virtdeck.security;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page as plain HTML: a form that posts to Spring Security, with no client framework to
 * start, so that it shows at once even while VirtDeck still reads a large cluster (the Vaadin
 * client starts once, after sign-in). Pure: texts, locale and token come in, a page goes out.
 */
final class SignInHtml {

  /** Spring Security's CSRF field, when the request carries a token. */
  record Csrf(String parameterName, String token) {}

  /** Why the form is shown again: a wrong password, or too many of them. */
  enum Notice {
    FAILED("login.error"),
    LOCKED("login.locked");

    final String key;

    Notice(String key) {
      this.key = key;
    }
  }

  private SignInHtml() {}

  static String render(
      Function<String, String> text,
      String languageTag,
      @Nullable Notice notice,
      List<SignInAccounts.Account> accounts,
      @Nullable Csrf csrf) {
    var page = new StringBuilder(2048);
    page.append("<!DOCTYPE html>\n<html lang=\"")
        .append(esc(languageTag))
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(esc(text.apply("login.title")))
        .append(" · VirtDeck</title>")
        .append("<link rel=\"stylesheet\" href=\"styles/sign-in.css\"></head>\n")
        .append("<body><main id=\"login-view\" class=\"login-view\"><h1>VirtDeck</h1>\n")
        .append("<form id=\"login-form\" method=\"post\" action=\"login\">")
        .append("<h2>")
        .append(esc(text.apply("login.title")))
        .append("</h2>\n");
    if (notice != null) {
      page.append("<div id=\"login-error\" class=\"login-error\" role=\"alert\"><strong>")
          .append(esc(text.apply(notice.key + ".title")))
          .append("</strong><p>")
          .append(esc(text.apply(notice.key + ".message")))
          .append("</p></div>\n");
    }
    field(page, "username", "text", text.apply("login.username"), "username", true);
    field(page, "password", "password", text.apply("login.password"), "current-password", false);
    if (csrf != null) {
      page.append("<input type=\"hidden\" name=\"")
          .append(esc(csrf.parameterName()))
          .append("\" value=\"")
          .append(esc(csrf.token()))
          .append("\">");
    }
    page.append("<button type=\"submit\">")
        .append(esc(text.apply("login.submit")))
        .append("</button></form>\n");
    if (!accounts.isEmpty()) {
      page.append("<div id=\"demo-accounts\" class=\"demo-accounts\"><p>")
          .append(esc(text.apply("login.accounts")))
          .append("</p>");
      for (SignInAccounts.Account account : accounts) {
        page.append("<div data-account=\"")
            .append(esc(account.username()))
            .append("\"><span class=\"account-name\">")
            .append(esc(account.username() + " / " + account.password()))
            .append("</span> — ")
            .append(esc(account.description()))
            .append("</div>");
      }
      page.append("</div>\n");
    }
    return page.append("</main></body></html>\n").toString();
  }

  private static void field(
      StringBuilder page,
      String name,
      String type,
      String label,
      String autocomplete,
      boolean autofocus) {
    page.append("<label for=\"")
        .append(name)
        .append("\">")
        .append(esc(label))
        .append("</label><input id=\"")
        .append(name)
        .append("\" name=\"")
        .append(name)
        .append("\" type=\"")
        .append(type)
        .append("\" autocomplete=\"")
        .append(autocomplete)
        .append("\" required")
        .append(autofocus ? " autofocus" : "")
        .append(">\n");
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
