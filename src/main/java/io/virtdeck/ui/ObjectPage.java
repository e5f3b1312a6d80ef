package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;

/**
 * The page of one inventory object (a VM, host, datastore, port group), laid out as vCenter's
 * object pane: a header with the object's icon, name, state and actions, then its tabs. A page
 * draws its object in {@link #render()} with {@link #showObject} or {@link #showGone}, and redraws
 * it after each change it {@link #follow follows} and each time it is attached. Tab contents that
 * follow streams of their own should use {@link LiveUpdates#follow} too: a tab's content is
 * attached only while its tab is chosen, and hears nothing while another is.
 */
public abstract class ObjectPage extends VerticalLayout implements HasDynamicTitle {

  private final Div header = new Div();
  private final TabSheet tabs = new TabSheet();

  /** A page whose element has {@code id}, for links, styles and tests. */
  protected ObjectPage(String id) {
    setId(id);
    addClassName("object-page");
    header.addClassName("object-page-header");
    tabs.setWidthFull();
    add(header, tabs);
  }

  /** Adds a tab, its title from the i18n key {@code titleKey}, its element with {@code tabId}. */
  protected final Tab addTab(String titleKey, String tabId, Component content) {
    Tab tab = tabs.add(getTranslation(titleKey), content);
    tab.setId(tabId);
    return tab;
  }

  /** Removes the tab showing {@code content} (tabs that depend on the object shown). */
  protected final void removeTab(Component content) {
    tabs.remove(content);
  }

  /** Redraws the page after each batch of {@code changes}, and whenever it is attached. */
  protected final <T> void follow(Supplier<Flux<T>> changes) {
    LiveUpdates.follow(this, changes, this::render);
  }

  /** Draws the current object: calls {@link #showObject} or {@link #showGone}. */
  protected abstract void render();

  /** The object's name, as the browser tab's title says it. */
  protected abstract String objectName();

  /**
   * Shows the header of an object the user sees: its icon, name (a heading) and {@code besideName}
   * (its state, then badges such as "Restart required") on one line, then {@code below} (its action
   * bar, a line saying what is wrong with it), and the tabs. A component of {@code below} that is
   * shown already stays attached where it is, so that a click on it is not lost to a redraw.
   */
  protected final void showObject(
      Component icon, String name, List<Component> besideName, Component... below) {
    HorizontalLayout title = new HorizontalLayout(icon, new H2(name));
    besideName.forEach(title::add);
    title.addClassName("object-header");
    List<Component> wanted = new ArrayList<>();
    wanted.add(title);
    wanted.addAll(List.of(below));
    HeaderChildren.replace(header, wanted);
    tabs.setVisible(true);
  }

  /** Shows that the object is gone, or hidden from this user: its name and why, without tabs. */
  protected final void showGone(String name, String why) {
    header.removeAll();
    tabs.setVisible(false);
    header.add(new H2(name), new Span(why));
  }

  /** The state shown beside the name ("Powered On", "Connected"), with the id tests find it by. */
  protected static Span state(String id, String text) {
    Span state = new Span(text);
    state.setId(id);
    state.addClassName("object-state");
    return state;
  }

  @Override
  public String getPageTitle() {
    return objectName() + " · VirtDeck";
  }
}
