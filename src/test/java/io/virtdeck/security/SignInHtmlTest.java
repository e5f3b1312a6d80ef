package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The plain sign-in page: the form Spring Security reads, in the user's language, escaped. */
class SignInHtmlTest {

  private static final List<SignInAccounts.Account> ACCOUNTS =
      List.of(new SignInAccounts.Account("helpdesk", "demo", List.of(), "start & stop <only>"));

  @Test
  void theFormPostsUserNamePasswordAndTheCsrfTokenToSpringSecurity() {
    String html =
        SignInHtml.render(
            key -> "[" + key + "]", "en", null, List.of(), new SignInHtml.Csrf("_csrf", "t0k3n"));

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"en\">")
        .contains("<form id=\"login-form\" method=\"post\" action=\"login\">")
        .contains("name=\"username\"", "name=\"password\" type=\"password\"")
        .contains("<input type=\"hidden\" name=\"_csrf\" value=\"t0k3n\">")
        .contains("<button type=\"submit\">[login.submit]</button>")
        .contains("<title>[login.title] · VirtDeck</title>")
        .doesNotContain("login-error", "demo-accounts", "<script");
  }

  @Test
  void aFailedSignInSaysWhyInsideTheForm() {
    String html =
        SignInHtml.render(key -> "[" + key + "]", "en", SignInHtml.Notice.FAILED, List.of(), null);

    assertThat(html.substring(html.indexOf("<form"), html.indexOf("</form>")))
        .contains("role=\"alert\"", "[login.error.title]", "[login.error.message]");
  }

  @Test
  void offeredAccountsAreListedWithTheirTextEscaped() {
    String html = SignInHtml.render(key -> "<b>", "zh-CN", null, ACCOUNTS, null);

    assertThat(html)
        .contains("<html lang=\"zh-CN\">")
        .contains("<div data-account=\"helpdesk\"><span class=\"account-name\">helpdesk / demo")
        .contains("start &amp; stop &lt;only&gt;")
        .contains("&lt;b&gt;")
        .doesNotContain("<b>", "<only>");
  }

  @Test
  void anAccountTheBundlesKnowIsDescribedInThePagesLanguageAnyOtherAsOffered() {
    var offered =
        List.of(
            new SignInAccounts.Account("helpdesk", "demo", List.of(), "Helpdesk"),
            new SignInAccounts.Account("carol", "secret", List.of(), "Carol's own account"));

    assertThat(SignInPage.described(offered, Locale.SIMPLIFIED_CHINESE))
        .extracting(SignInAccounts.Account::description)
        .containsExactly("服务台：可查看所有虚拟机，可启动、停止、重启虚拟机并打开其控制台", "Carol's own account");
    assertThat(SignInPage.described(offered, Locale.ENGLISH).getFirst().description())
        .startsWith("Helpdesk: sees all VMs");
  }

  @Test
  void theBrowsersFirstLanguageThatVirtDeckSpeaksIsChosen() {
    assertThat(SignInPage.language(List.of(Locale.FRENCH, Locale.TRADITIONAL_CHINESE)))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(SignInPage.language(List.of(Locale.UK, Locale.CHINA))).isEqualTo(Locale.ENGLISH);
    assertThat(SignInPage.language(List.of(Locale.GERMAN))).isEqualTo(Locale.ENGLISH);
  }
}
