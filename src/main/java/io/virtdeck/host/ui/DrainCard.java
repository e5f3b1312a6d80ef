package io.virtdeck.host.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.host.DrainProgress;
import io.virtdeck.ui.PropertyCard;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Drain progress on the host: n of m VMs moved, elapsed time, and the state of each VM the user may
 * see ({@code shown}).
 */
final class DrainCard extends Div {

  DrainCard(DrainProgress progress, Instant now, Predicate<ResourceKey> shown) {
    setId("drain-progress");
    Duration elapsed = progress.elapsed(now);
    String time = "%d:%02d".formatted(elapsed.toMinutes(), elapsed.toSecondsPart());
    PropertyCard card = new PropertyCard(getTranslation("host.card.drain"));
    Div summary =
        new Div(
            getTranslation(
                "host.drain.summary",
                String.valueOf(progress.moved()),
                String.valueOf(progress.total()),
                time));
    summary.setId("drain-summary");
    card.add(summary, new ProgressBar(0, 100, progress.percent()));
    for (DrainProgress.Entry entry : progress.entries()) {
      if (!shown.test(entry.vm())) {
        continue;
      }
      String state = getTranslation(entry.state().key(), entry.reason());
      card.row(entry.vm().toString(), state);
    }
    add(card);
  }
}
