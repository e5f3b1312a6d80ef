package io.virtdeck.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a failed OIDC sign-in lands: a sentence, not a stack trace, and a way to try again. */
@Route("signin-failed")
@AnonymousAllowed
public class SignInFailedView extends VerticalLayout {

  public SignInFailedView() {
    setId("signin-failed");
    add(
        new H1(getTranslation("signin.failed.title")),
        new Paragraph(getTranslation("signin.failed.message")),
        new Anchor("/", getTranslation("signin.failed.retry")));
  }
}
