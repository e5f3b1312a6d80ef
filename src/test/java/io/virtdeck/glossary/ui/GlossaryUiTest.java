package io.virtdeck.glossary.ui;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Sets up a UI whose translations come from the real bundles, without a servlet container. */
abstract class GlossaryUiTest {

  protected UI ui;

  @BeforeEach
  void setUpUi() {
    VaadinService service = mock(VaadinService.class);
    Instantiator instantiator = mock(Instantiator.class);
    when(service.getInstantiator()).thenReturn(instantiator);
    when(instantiator.getI18NProvider())
        .thenReturn(new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)));
    DeploymentConfiguration configuration = mock(DeploymentConfiguration.class);
    when(configuration.getUrlSafeSchemes()).thenReturn(Set.of("http", "https"));
    when(service.getDeploymentConfiguration()).thenReturn(configuration);
    VaadinSession session = mock(VaadinSession.class);
    when(session.hasLock()).thenReturn(true);
    when(session.getService()).thenReturn(service);
    when(session.getConfiguration()).thenReturn(configuration);
    VaadinService.setCurrent(service);
    ui = new UI();
    ui.getInternals().setSession(session);
    ui.setLocale(Locale.ENGLISH);
    UI.setCurrent(ui);
  }

  @AfterEach
  void tearDownUi() {
    UI.setCurrent(null);
    VaadinService.setCurrent(null);
  }

  /** The component and all its descendants. */
  protected static Stream<Component> tree(Component root) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(GlossaryUiTest::tree));
  }

  protected static <T extends Component> List<T> find(Component root, Class<T> type) {
    return tree(root).filter(type::isInstance).map(type::cast).toList();
  }

  protected static String explanationOf(Popover popover) {
    return find(popover, Paragraph.class).getFirst().getText();
  }

  protected static String kubernetesOf(Popover popover) {
    return find(popover, Code.class).getFirst().getText();
  }

  protected static Anchor linkOf(Popover popover) {
    return find(popover, Anchor.class).getFirst();
  }

  protected static Button buttonOf(Component root) {
    return find(root, Button.class).getFirst();
  }
}
