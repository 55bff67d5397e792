package eu.civicai.governance.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Shows how far a long command is on stderr, and ends with a one-line summary. The bar is drawn
 * only when stderr is a terminal and the work is long enough to watch (more than {@value #MIN}
 * items), redrawn at most at each percent, on one line ({@code \r}); the summary is always written,
 * in the caller's language. Not thread-safe.
 */
final class ProgressBar {
  static final int MIN = 50;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean draw;
  private final long total;
  private final boolean french;
  private final NumberFormat count;
  private final long started = System.nanoTime();
  private long done;
  private long shownPercent = -1;

  ProgressBar(PrintWriter err, boolean terminal, long total, Locale locale) {
    this.err = err;
    this.total = total;
    this.draw = terminal && total > MIN;
    this.french = "fr".equals(locale.getLanguage());
    this.count = NumberFormat.getIntegerInstance(french ? Locale.FRANCE : Locale.UK);
  }

  /** Counts one item done and redraws the bar when its percentage changed. */
  void step() {
    done++;
    if (!draw) {
      return;
    }
    long percent = total == 0 ? 100 : done * 100 / total;
    if (percent != shownPercent || done == total) {
      shownPercent = percent;
      int filled = (int) (WIDTH * percent / 100);
      err.print(
          "\r["
              + "#".repeat(filled)
              + ".".repeat(WIDTH - filled)
              + "] "
              + percent
              + (french ? "\u00a0% " : "% ")
              + count.format(done)
              + "/"
              + count.format(total));
      err.flush();
    }
  }

  /** Ends the bar's line and writes the summary: how many items, what was done, how long. */
  void finish(String oneFr, String manyFr, String oneEn, String manyEn) {
    String whatFr = done <= 1 ? oneFr : manyFr;
    String whatEn = done == 1 ? oneEn : manyEn;
    if (draw) {
      err.println();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String time = String.format(french ? Locale.FRANCE : Locale.UK, "%.1f", seconds);
    err.println(
        count.format(done)
            + " "
            + (french ? whatFr + " en " + time + " s" : whatEn + " in " + time + " s"));
    err.flush();
  }
}
