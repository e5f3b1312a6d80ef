package io.virtdeck.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.virtdeck.security.SignInAccounts;
import org.springframework.beans.factory.ObjectProvider;

/** Sign-in with a local account; lists the accounts offered (the demo cluster's users). */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final LoginForm form = new LoginForm();

  public LoginView(ObjectProvider<SignInAccounts> accounts) {
    setId("login-view");
    addClassName("login-view");
    setAlignItems(Alignment.CENTER);
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    form.setI18n(i18n());
    add(new H1("VirtDeck"), form);
    SignInAccounts offered = accounts.getIfAvailable();
    if (offered != null && !offered.accounts().isEmpty()) {
      Div list = new Div();
      list.setId("demo-accounts");
      list.addClassName("demo-accounts");
      list.add(new Paragraph(getTranslation("login.accounts")));
      offered
          .accounts()
          .forEach(
              a -> {
                Span name = new Span(a.username() + " / " + a.password());
                name.addClassName("account-name");
                Div row = new Div(name, new Span(" — " + a.description()));
                row.getElement().setAttribute("data-account", a.username());
                list.add(row);
              });
      add(list);
    }
  }

  private LoginI18n i18n() {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(getTranslation("login.title"));
    i18n.getForm().setUsername(getTranslation("login.username"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
    i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
    return i18n;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title") + " · VirtDeck";
  }
}
