package io.virtdeck.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.virtdeck.security.CurrentUser;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Shows each new UI in the language its user chose last time ({@link LanguageCookie}); without a
 * choice, Vaadin's default (the browser's language) stays.
 */
@Component
class RememberedLanguage implements VaadinServiceInitListener {

  private final CurrentUser currentUser;

  RememberedLanguage(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> apply(init.getUI(), VaadinRequest.getCurrent()));
  }

  private void apply(UI ui, @Nullable VaadinRequest request) {
    if (request == null) {
      return;
    }
    currentUser
        .identity()
        .flatMap(user -> LanguageCookie.remembered(cookies(request), user.username()))
        .ifPresent(locale -> show(ui, locale));
  }

  private static void show(UI ui, Locale locale) {
    ui.getSession().setLocale(locale);
    ui.setLocale(locale);
  }

  static Map<String, String> cookies(VaadinRequest request) {
    Map<String, String> byName = new HashMap<>();
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      Arrays.stream(cookies).forEach(c -> byName.putIfAbsent(c.getName(), c.getValue()));
    }
    return byName;
  }
}
