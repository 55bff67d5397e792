package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void terminal_drawsTheBarOncePerPercent_thenTheSummary() {
    StringWriter out = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(out), true, 200, Locale.FRENCH);
    for (int i = 0; i < 200; i++) {
      bar.step();
    }
    bar.finish("usage évalué", "usages évalués", "usage evaluated", "usages evaluated");
    String text = out.toString();
    assertThat(text.split("\r", -1)).hasSize(102); // 101 redraws, one per percent from 0 to 100
    assertThat(text).contains("\r[###############...............] 50\u00a0% 100/200");
    assertThat(text)
        .containsPattern("\\[#{30}\\] 100\u00a0% 200/200\n200 usages évalués en \\d+,\\d s\n$");
  }

  @Test
  void notATerminal_orShortWork_writesTheSummaryOnly_inEnglishOnRequest() {
    StringWriter out = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(out), false, 35_000, Locale.ENGLISH);
    for (int i = 0; i < 35_000; i++) {
      bar.step();
    }
    bar.finish("usage évalué", "usages évalués", "usage evaluated", "usages evaluated");
    assertThat(out.toString()).matches("35,000 usages evaluated in \\d+\\.\\d s\n");
    StringWriter few = new StringWriter();
    ProgressBar small = new ProgressBar(new PrintWriter(few), true, 10, Locale.FRENCH);
    small.step();
    small.finish("usage évalué", "usages évalués", "usage evaluated", "usages evaluated");
    assertThat(few.toString()).matches("1 usage évalué en \\d+,\\d s\n");
  }
}
