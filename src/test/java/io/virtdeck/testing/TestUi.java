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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A UI without a servlet container, made current for each test ({@code @RegisterExtension final
 * TestUi testUi = new TestUi();}): translations come from the real bundles, and {@code ui.access}
 * runs its command at once, one at a time, as the session lock would.
 */
public final class TestUi implements BeforeEachCallback, AfterEachCallback {

  private @Nullable UI ui;

  /** The current test's UI. */
  public UI ui() {
    if (ui == null) {
      throw new IllegalStateException("TestUi is used outside a test");
    }
    return ui;
  }

  /**
   * Reads {@code read} holding the session lock that {@code ui.access} takes, for a test that reads
   * components a worker thread changes.
   */
  public <T> T locked(java.util.function.Supplier<T> read) {
    synchronized (ui().getSession()) {
      return read.get();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ui = create();
  }

  /** Makes no UI and service current any more. */
  @Override
  public void afterEach(ExtensionContext context) {
    ui = null;
    UI.setCurrent(null);
    VaadinService.setCurrent(null);
  }

  private static UI create() {
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
}
