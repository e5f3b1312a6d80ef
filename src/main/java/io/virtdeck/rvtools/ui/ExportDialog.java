package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadEvent;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.rvtools.ExportScope;
import io.virtdeck.rvtools.RvToolsExport;
import io.virtdeck.vm.table.VmQuery;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Export…: what the grid shows (its folder, filter and sort), a folder of the tree, or the whole
 * datacenter the user may see, as an RVTools-style workbook or as CSV of the grid's columns. The
 * file is written on the server while it downloads, with a progress bar; its name carries the
 * datacenter and the time.
 */
class ExportDialog extends Dialog {

  enum What {
    SHOWN,
    FOLDER,
    DATACENTER
  }

  enum Format {
    XLSX,
    CSV
  }

  private final RvToolsExport export;
  private final VmQuery shown;
  private final ExportScope scope;
  private final Clock clock;
  private final AtomicReference<What> what;
  private final AtomicReference<Format> format = new AtomicReference<>(Format.XLSX);
  private final ProgressBar progress = new ProgressBar();
  private final Span status = new Span();

  /**
   * Offers {@code shown} (what the grid shows, or a folder of the tree) and the whole datacenter,
   * or the datacenter alone when {@code shownAs} is {@link What#DATACENTER}.
   */
  ExportDialog(RvToolsExport export, VmQuery shown, What shownAs, UserIdentity user, Clock clock) {
    this.export = export;
    this.shown = shown;
    this.what = new AtomicReference<>(shownAs);
    this.scope = export.scopeOf(user);
    this.clock = clock;
    setId("export-dialog");
    setHeaderTitle(getTranslation("rvtools.export.title"));
    setWidth("min(40rem, 95vw)");
    int shownCount = export.rows(shown, scope).size();
    int all = export.rows(datacenterQuery(), scope).size();
    RadioButtonGroup<What> whatChoice =
        new RadioButtonGroup<>(getTranslation("rvtools.export.what"));
    whatChoice.setId("export-what");
    whatChoice.setItems(
        shownAs == What.DATACENTER ? List.of(What.DATACENTER) : List.of(shownAs, What.DATACENTER));
    whatChoice.setItemLabelGenerator(
        w ->
            switch (w) {
              case SHOWN -> getTranslation("rvtools.export.shown", shownCount);
              case FOLDER -> getTranslation("rvtools.export.folder", shown.namespace(), shownCount);
              case DATACENTER ->
                  getTranslation("rvtools.export.datacenter", export.datacenter(), all);
            });
    whatChoice.setValue(shownAs);
    whatChoice.addValueChangeListener(e -> what.set(e.getValue()));
    RadioButtonGroup<Format> formatChoice =
        new RadioButtonGroup<>(getTranslation("rvtools.export.format"));
    formatChoice.setId("export-format");
    formatChoice.setItems(Format.values());
    formatChoice.setItemLabelGenerator(
        f -> getTranslation("rvtools.export.format." + f.name().toLowerCase(Locale.ROOT)));
    formatChoice.setValue(Format.XLSX);
    formatChoice.addValueChangeListener(e -> format.set(e.getValue()));
    formatChoice.addThemeName("vertical");
    progress.setId("export-progress");
    progress.setVisible(false);
    status.setId("export-status");
    add(whatChoice, formatChoice, progress, status);
    Button go = new Button(getTranslation("rvtools.export.go"), VaadinIcon.DOWNLOAD.create());
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Anchor download = new Anchor(this::download, AttachmentType.DOWNLOAD, "");
    download.add(go);
    download.setId("export-download");
    Button close = new Button(getTranslation("rvtools.export.close"), e -> close());
    close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    getFooter().add(close, download);
  }

  private VmQuery datacenterQuery() {
    return new VmQuery("", "", List.of(), scope.vms());
  }

  /** Runs on the download request's thread, without the session lock; the UI through access. */
  private void download(DownloadEvent event) throws IOException {
    UI ui = event.getUI();
    VmQuery query = what.get() == What.DATACENTER ? datacenterQuery() : shown;
    Format chosen = format.get();
    String name = ExportFileName.of(export.datacenter(), clock.instant(), chosen == Format.CSV);
    event.setFileName(name);
    event.setContentType(
        chosen == Format.CSV
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ui.access(() -> started(name));
    try {
      if (chosen == Format.CSV) {
        var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
        Locale locale = ui.getLocale();
        export.csv(
            query,
            scope,
            key -> I18NProvider.translate(locale, key),
            writer,
            (d, t) -> report(ui, d, t));
      } else {
        export.workbook(query, scope, event.getOutputStream(), (d, t) -> report(ui, d, t));
      }
      ui.access(() -> finished(name));
    } catch (IOException | RuntimeException e) {
      ui.access(() -> status.setText(getTranslation("rvtools.export.failed", e.getMessage())));
      throw e;
    }
  }

  private void started(String name) {
    progress.setVisible(true);
    progress.setIndeterminate(true);
    status.setText(getTranslation("rvtools.export.writing", name));
  }

  private void report(UI ui, int done, int total) {
    ui.access(
        () -> {
          progress.setIndeterminate(false);
          progress.setValue(total == 0 ? 1 : (double) done / total);
          status.setText(
              done < total
                  ? getTranslation("rvtools.export.progress", done, total)
                  : getTranslation("rvtools.export.zipping"));
        });
  }

  private void finished(String name) {
    progress.setIndeterminate(false);
    progress.setValue(1);
    status.setText(getTranslation("rvtools.export.done", name));
  }
}
