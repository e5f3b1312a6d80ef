package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the caches sync, the shell says lists may be incomplete; the line goes once they synced.
 */
class SyncingBannerTest {

  private UI ui;

  @BeforeEach
  void setUpUi() {
    VaadinService service = mock(VaadinService.class);
    Instantiator instantiator = mock(Instantiator.class);
    when(service.getInstantiator()).thenReturn(instantiator);
    when(instantiator.getI18NProvider())
        .thenReturn(new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)));
    VaadinSession session = mock(VaadinSession.class);
    when(session.hasLock()).thenReturn(true);
    when(session.getService()).thenReturn(service);
    when(session.access(any()))
        .thenAnswer(
            call -> {
              synchronized (this) { // one "request" at a time, as the session lock would
                call.<Command>getArgument(0).execute();
              }
              return CompletableFuture.completedFuture(null);
            });
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

  @Test
  void showsWhileTheCachesSyncAndGoesOnceTheyHave() {
    var synced = new CompletableFuture<Void>();
    var shell = new Div();
    SyncingBanner banner = SyncingBanner.whileSyncing(synced).orElseThrow();
    shell.add(banner);
    ui.add(shell);

    assertThat(banner.getText()).contains("still reading the cluster");
    synced.complete(null);

    await().untilAsserted(() -> assertThat(shell.getChildren()).isEmpty());
  }

  @Test
  void noneOnceSyncedAndAClosedViewDoesNotEndTheWait() {
    var synced = new CompletableFuture<Void>();
    var shell = new Div();
    shell.add(SyncingBanner.whileSyncing(synced).orElseThrow());
    ui.add(shell);

    ui.remove(shell); // the user went away before the sync ended

    assertThat(synced).isNotDone();
    synced.complete(null);
    assertThat(SyncingBanner.whileSyncing(synced)).isEmpty();
  }
}
