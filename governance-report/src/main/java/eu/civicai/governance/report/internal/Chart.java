package eu.civicai.governance.report.internal;

import java.util.List;
import java.util.Locale;

/**
 * A chart drawn from data: shapes in SVG user units, a title, a description and the same data as a
 * table (the text alternative). The template writes it as an inline {@code <svg role="img">} with
 * {@code <title>} and {@code <desc>}, escaping every text. Immutable.
 *
 * @param id the chart's id in the page (its title's id derives from it)
 * @param title the chart's title
 * @param description what the chart shows, in one or two sentences
 * @param width the width in user units
 * @param height the height in user units
 * @param shapes what is drawn, in order
 * @param header the data table's header
 * @param rows the data table's rows
 */
public record Chart(
    String id,
    String title,
    String description,
    int width,
    int height,
    List<Shape> shapes,
    List<String> header,
    List<List<String>> rows) {

  /** Copies the lists. */
  public Chart {
    shapes = List.copyOf(shapes);
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The view box, "0 0 width height". */
  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  /**
   * One shape: a rectangle (with a tooltip), a text or a line.
   *
   * @param kind {@code rect}, {@code text} or {@code line}
   * @param x x (a line's start)
   * @param y y (a line's start; a text's baseline)
   * @param w width (a line's end x)
   * @param h height (a line's end y)
   * @param fill the fill colour (a line's stroke)
   * @param text a text's content, a rectangle's tooltip; may be empty
   * @param anchor a text's anchor: {@code start}, {@code middle} or {@code end}
   */
  public record Shape(
      String kind,
      String x,
      String y,
      String w,
      String h,
      String fill,
      String text,
      String anchor) {

    static Shape rect(double x, double y, double w, double h, String fill, String tooltip) {
      return new Shape(
          "rect", n(x), n(y), n(Math.max(w, 0)), n(Math.max(h, 0)), fill, tooltip, "start");
    }

    static Shape text(double x, double y, String text, String anchor) {
      return new Shape("text", n(x), n(y), "0", "0", "#222", text, anchor);
    }

    static Shape line(double x1, double y1, double x2, double y2, String stroke) {
      return new Shape("line", n(x1), n(y1), n(x2), n(y2), stroke, "", "start");
    }

    /** Whether this is a rectangle. */
    public boolean isRect() {
      return "rect".equals(kind);
    }

    /** Whether this is a text. */
    public boolean isText() {
      return "text".equals(kind);
    }

    /** Whether this is a line. */
    public boolean isLine() {
      return "line".equals(kind);
    }

    private static String n(double v) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
  }
}
