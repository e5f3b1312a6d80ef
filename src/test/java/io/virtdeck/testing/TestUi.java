package io.virtdeck.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A UI without a servlet container, made current: translations come from the real bundles, and
 * {@code ui.access} runs its command at once, one at a time, as the session lock would.
 */
public final class TestUi {

  private TestUi() {}

  public static UI create() {
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
    when(session.access(any()))
        .thenAnswer(
            call -> {
              synchronized (session) {
                call.<Command>getArgument(0).execute();
              }
              return CompletableFuture.completedFuture(null);
            });
    VaadinService.setCurrent(service);
    UI ui = new UI();
    ui.getInternals().setSession(session);
    ui.setLocale(Locale.ENGLISH);
    UI.setCurrent(ui);
    return ui;
  }

  /** Makes no UI and service current any more. */
  public static void clear() {
    UI.setCurrent(null);
    VaadinService.setCurrent(null);
  }
}
