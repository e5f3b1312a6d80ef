package io.virtdeck.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.virtdeck.cluster.UserIdentity;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Top bar: product name, the global search, features' header items, the language switch. */
class AppHeader extends Header {

  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  AppHeader(String datacenter, UserIdentity user, Runnable signOut, List<HeaderItem> items) {
    addClassName("app-header");
    Span product = new Span("VirtDeck");
    product.addClassName("product");
    Span cluster = new Span(datacenter);
    cluster.addClassName("datacenter");

    TextField search = new TextField();
    search.setId("global-search");
    search.setPlaceholder(getTranslation("header.search.placeholder"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.addClassName("global-search");
    search.addKeyPressListener(
        Key.ENTER,
        e ->
            UI.getCurrent()
                .navigate("", QueryParameters.simple(Map.of("q", search.getValue().strip()))));

    Select<Locale> language = new Select<>();
    language.setId("language");
    language.setItems(LANGUAGES);
    language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
    language.setValue(current());
    language.setAriaLabel(getTranslation("header.language"));
    language.addValueChangeListener(
        e -> {
          VaadinSession.getCurrent().setLocale(e.getValue());
          UI.getCurrent()
              .getPage()
              .executeJs(
                  LanguageCookie.storeAndReloadScript(),
                  LanguageCookie.name(user.username()),
                  e.getValue().toLanguageTag());
        });
    Anchor glossary = new Anchor("glossary", VaadinIcon.QUESTION_CIRCLE_O.create());
    glossary.setId("glossary-link");
    glossary.getElement().setAttribute("title", getTranslation("header.glossary"));
    glossary.getElement().setAttribute("aria-label", getTranslation("header.glossary"));
    glossary.addClassName("glossary-link");
    add(product, cluster, search);
    items.stream()
        .sorted(Comparator.comparingInt(HeaderItem::order))
        .forEach(item -> add(item.create()));
    add(language, glossary, userMenu(user, signOut));
  }

  private MenuBar userMenu(UserIdentity user, Runnable signOut) {
    MenuBar menu = new MenuBar();
    menu.setId("user-menu");
    menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
    MenuItem item = menu.addItem(user.username());
    item.addComponentAsFirst(VaadinIcon.USER.create());
    String groups =
        user.groups().isEmpty()
            ? getTranslation("header.user.no-groups")
            : getTranslation("header.user.groups", String.join(", ", user.groups()));
    item.getSubMenu().addItem(groups).setEnabled(false);
    item.getSubMenu().addItem(getTranslation("header.signout"), e -> signOut.run());
    return menu;
  }

  private Locale current() {
    Locale locale = UI.getCurrent().getLocale();
    return Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage())
        ? Locale.SIMPLIFIED_CHINESE
        : Locale.ENGLISH;
  }
}
