package io.virtdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadWaitsTest {

  private static final String DUMP =
      """
      2026-12-05 21:58:20
      Full thread dump OpenJDK 64-Bit Server VM (25.0.3+9-LTS mixed mode, sharing):

      "DestroyJavaVM" #3 [5659] prio=5 os_prio=0 cpu=3862.09ms elapsed=19.40s tid=0x00007fa1940314b0 nid=5659 waiting on condition  [0x00007fa19b31e000]
         java.lang.Thread.State: TIMED_WAITING (parking)

      "vert.x-eventloop-thread-1" #51 [5701] daemon prio=5 os_prio=0 cpu=5677.20ms elapsed=16.90s tid=0x00007fa0f0002000 nid=5701 runnable  [0x00007fa16c5fe000]
         java.lang.Thread.State: RUNNABLE

      "C2 CompilerThread0" #20 [5680] daemon prio=9 os_prio=0 cpu=4663.30ms elapsed=19.40s tid=0x00007fa1940e2a10 nid=0x1630 waiting on condition  [0x0000000000000000]

      "ended" #60 [5720] prio=5 os_prio=0 cpu=1.00ms elapsed=1.00s tid=0x00007fa0f0009000 nid=5720 runnable
      """;

  private static final Map<Long, String> SCHEDSTAT =
      Map.of(
          5659L, "3862094100 4388000000 9120\n",
          5701L, "5677200000 7889000000 40210\n",
          0x1630L, "4663300000 7950000000 3000\n");

  @Test
  void readsEachThreadsTimeOnACoreAndInTheRunQueueBusiestFirst() {
    // the main thread is listed as DestroyJavaVM once Spring Boot's main() has returned
    var times = ThreadWaits.parse(DUMP, tid -> Optional.ofNullable(SCHEDSTAT.get(tid)));

    assertThat(times)
        .containsExactly(
            new ThreadWaits.ThreadTime("vert.x-eventloop-thread-1", 5_677_200_000L, 7_889_000_000L),
            new ThreadWaits.ThreadTime("C2 CompilerThread0", 4_663_300_000L, 7_950_000_000L),
            new ThreadWaits.ThreadTime("main", 3_862_094_100L, 4_388_000_000L));
  }

  @Test
  void formatsTheBusiestThreadsInSeconds() {
    var times = ThreadWaits.parse(DUMP, tid -> Optional.ofNullable(SCHEDSTAT.get(tid)));

    assertThat(ThreadWaits.format(times, 2))
        .isEqualTo(
            "vert.x-eventloop-thread-1 ran 5.7 s, waited 7.9 s;"
                + " C2 CompilerThread0 ran 4.7 s, waited 8.0 s");
  }

  @Test
  void saysSoWhenNoThreadsTimesCanBeRead() {
    assertThat(ThreadWaits.read(-1, DUMP, 4)).isEqualTo("not available (no /proc schedstat)");
  }
}
