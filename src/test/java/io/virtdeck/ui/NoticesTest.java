package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import io.virtdeck.testing.TestUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NoticesTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  @Test
  void noticesAppearAtTheTopNotOverRecentTasks() {
    Notification notice = Notices.show("Power On virtual machine started");

    assertThat(notice.getPosition()).isEqualTo(Notification.Position.TOP_CENTER);
    assertThat(notice.getDuration()).isPositive();
  }
}
