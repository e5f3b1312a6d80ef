package io.virtdeck.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuestOsTest {

  @Test
  void theGuestAgentReportsTheSameFieldsForEveryFamilyWithTheKernelVersionInItsOwnForm() {
    assertThat(GuestOs.WINDOWS.guestOsInfo())
        .containsEntry("id", "mswindows")
        .containsEntry("prettyName", "Windows Server 2022 Standard")
        .containsEntry("kernelRelease", "20348")
        .containsEntry("kernelVersion", "10.0.20348")
        .containsEntry("machine", "x86_64");
    assertThat(GuestOs.UBUNTU.guestOsInfo())
        .containsEntry("id", "ubuntu")
        .containsEntry("versionId", "22.04")
        .containsEntry("kernelVersion", "#1 SMP PREEMPT_DYNAMIC");
    assertThat(GuestOs.UBUNTU.guestOsInfo().keySet())
        .containsExactlyElementsOf(GuestOs.WINDOWS.guestOsInfo().keySet());
  }
}
