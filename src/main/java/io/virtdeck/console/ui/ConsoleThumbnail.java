package io.virtdeck.console.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.console.ConsoleThumbnails;
import io.virtdeck.console.Screenshot;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Schedulers;

/**
 * The console thumbnail on a VM's Summary: the VM's screen, refreshed every {@link #PERIOD} while
 * it is on screen (the browser reports when its tab or page is hidden), fetched as the user; a
 * click opens the web console in a new browser tab.
 */
class ConsoleThumbnail extends Div {

  static final Duration PERIOD = Duration.ofSeconds(4);

  /** Reports to the server whether the element is on screen: in view and its page not hidden. */
  private static final String WATCH_VISIBILITY =
      """
      const el = this;
      if (el.__vdVisibility) return;
      let inView = true, last = null;
      const report = () => {
        if (!el.isConnected) {
          document.removeEventListener('visibilitychange', report);
          observer.disconnect();
          delete el.__vdVisibility;
          return;
        }
        const visible = inView && !document.hidden;
        if (visible === last) return;
        last = visible;
        el.dispatchEvent(new CustomEvent('thumbnail-visibility', { detail: { visible } }));
      };
      const observer = new IntersectionObserver((entries) => {
        inView = entries[entries.length - 1].isIntersecting;
        report();
      });
      observer.observe(el);
      document.addEventListener('visibilitychange', report);
      el.__vdVisibility = true;
      """;

  private final ConsoleThumbnails thumbnails;
  private final ResourceKey vm;
  private final UserIdentity user;
  private final Image screen = new Image();
  private final Span note = new Span();
  private final ThumbnailRefresh refresh;
  private byte[] shown = new byte[0];
  private volatile @Nullable UI ui;

  ConsoleThumbnail(ConsoleThumbnails thumbnails, ResourceKey vm, UserIdentity user) {
    this.thumbnails = thumbnails;
    this.vm = vm;
    this.user = user;
    setId("console-thumbnail");
    addClassName("property-card");
    screen.setId("console-thumbnail-image");
    screen.setAlt(getTranslation("console.thumbnail.alt", vm.name()));
    screen.setTitle(getTranslation("console.thumbnail.open"));
    screen
        .getStyle()
        .set("width", "100%")
        .set("max-width", "400px")
        .set("background", "black")
        .set("cursor", "pointer");
    screen.setVisible(false);
    screen.addClickListener(e -> open());
    note.setId("console-thumbnail-note");
    add(new H3(getTranslation("console.thumbnail.title")), screen, note);
    refresh = new ThumbnailRefresh(PERIOD, Schedulers.boundedElastic(), this::fetch);
    getElement()
        .addEventListener(
            "thumbnail-visibility",
            e -> refresh.visible(e.getEventData().get("event.detail.visible").asBoolean()))
        .addEventData("event.detail.visible");
    addAttachListener(
        attach -> {
          ui = attach.getUI();
          getElement().executeJs(WATCH_VISIBILITY);
          refresh.attached(true);
        });
    addDetachListener(detach -> refresh.attached(false));
  }

  private void open() {
    getUI()
        .ifPresent(
            current ->
                current
                    .getPage()
                    .open(
                        ConsoleRoutes.route(vm.namespace(), vm.name(), ConsoleKind.VNC), "_blank"));
  }

  /** Runs on a worker thread: the request may wait for the API server. */
  private void fetch() {
    Optional<Screenshot> shot = thumbnails.screenshot(user, vm);
    UI current = ui;
    if (current == null) {
      return;
    }
    try {
      current.access(() -> show(shot));
    } catch (UIDetachedException gone) {
      // the page went away while the screenshot was fetched
    }
  }

  private void show(Optional<Screenshot> shot) {
    Screenshot.Status status = shot.map(Screenshot::status).orElse(Screenshot.Status.UNAVAILABLE);
    boolean image = status == Screenshot.Status.SHOWN;
    screen.setVisible(image);
    note.setVisible(!image);
    getElement().setAttribute("data-status", status.name().toLowerCase(java.util.Locale.ROOT));
    if (!image) {
      note.setText(
          getTranslation(
              status == Screenshot.Status.NOT_RUNNING
                  ? "console.thumbnail.off"
                  : "console.thumbnail.unavailable"));
      return;
    }
    byte[] png = shot.orElseThrow().png();
    if (!Arrays.equals(png, shown)) {
      shown = png;
      screen.setSrc(
          DownloadHandler.fromInputStream(
              request ->
                  new DownloadResponse(
                      new ByteArrayInputStream(png), "screen.png", "image/png", png.length)));
    }
  }
}
