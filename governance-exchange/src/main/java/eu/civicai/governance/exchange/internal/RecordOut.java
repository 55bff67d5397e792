package eu.civicai.governance.exchange.internal;

import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.usage.AiUsage;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The diagnostics of one record of an export, and the fields it carried: each format says what it
 * wrote ({@link #carried}), cuts, approximations and values it has no place for; {@link
 * #reportUnmapped()} then names, in one diagnostic, every filled field of the view that no format
 * field carried. Not thread-safe: one per record.
 */
public final class RecordOut {
  private static final int LISTED_FIELDS = 12;
  private static final String ELLIPSIS = "…";

  private final View view;
  private final int record;
  private final List<Diagnostic> diagnostics;
  private final Set<String> carried = new HashSet<>();

  /**
   * @param view what the record may show
   * @param record the record's number in the document, from 1
   * @param diagnostics where to add the diagnostics
   */
  public RecordOut(View view, int record, List<Diagnostic> diagnostics) {
    this.view = view;
    this.record = record;
    this.diagnostics = diagnostics;
  }

  /** Returns the view. */
  public View view() {
    return view;
  }

  /** Returns the usage as the view shows it. */
  public AiUsage usage() {
    return view.usage();
  }

  /** Returns the record's number, from 1. */
  public int record() {
    return record;
  }

  /** Records that fields were carried (paths such as {@code purpose.goal}). */
  public void carried(String... paths) {
    carried.addAll(List.of(paths));
  }

  /**
   * Returns a text for a field of at most {@code max} characters: null when empty, cut with an
   * ellipsis (and {@code export.cut}) when longer; the paths are marked carried.
   */
  public String text(String field, int max, String value, String... paths) {
    if (value == null || value.isBlank()) {
      return null;
    }
    carried(paths);
    if (value.length() <= max) {
      return value;
    }
    int end = max - ELLIPSIS.length();
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    add(
        field,
        "",
        "export.cut",
        (paths.length == 0 ? field : paths[0]) + " (" + value.length() + " > " + max + ")");
    return value.substring(0, end) + ELLIPSIS;
  }

  /** Reports a value the format has no place for ({@code export.unsupported}). */
  public void unsupported(String field, String value, String path) {
    carried(path);
    add(field, value, "export.unsupported", path);
  }

  /** Notes a value written as the nearest one the format has ({@code export.approximate}). */
  public void approximate(String field, String value, String path) {
    add(field, value, "export.approximate", path);
  }

  /** Reports a field the format requires and the record does not fill ({@code export.missing}). */
  public void missing(String field, String why) {
    add(field, "", "export.missing", why);
  }

  /**
   * Reports a field the format expects without requiring it, which the record does not fill ({@code
   * export.expected}).
   */
  public void expected(String field, String why) {
    add(field, "", "export.expected", why);
  }

  /** Reports a text in a language the format does not accept ({@code export.language}). */
  public void language(String field, String language, String accepted) {
    add(field, language, "export.language", accepted);
  }

  /** Adds a diagnostic about this record. */
  public void add(String field, String value, String rule, String detail) {
    diagnostics.add(new Diagnostic(record, field, value, rule, detail, true));
  }

  /**
   * Reports, in one {@code export.unmapped} diagnostic, the filled fields of the view that the
   * format did not carry (the visibility choices and the bookkeeping excepted).
   */
  public void reportUnmapped() {
    List<String> left = new ArrayList<>();
    for (RecordComponent c : AiUsage.class.getRecordComponents()) {
      if (View.partOf(c.getName()) == null) {
        continue;
      }
      FieldWalker.leaves(c.getName(), FieldWalker.value(c, view.usage()), left::add);
    }
    left.removeIf(path -> isCarried(path));
    if (left.isEmpty()) {
      return;
    }
    String listed = String.join(", ", left.subList(0, Math.min(LISTED_FIELDS, left.size())));
    if (left.size() > LISTED_FIELDS) {
      listed += " (+" + (left.size() - LISTED_FIELDS) + ")";
    }
    diagnostics.add(new Diagnostic(record, "", "", "export.unmapped", listed, true));
  }

  /** A path is carried when it or one of its parents (with or without index) was. */
  private boolean isCarried(String path) {
    String p = path;
    while (true) {
      if (carried.contains(p)) {
        return true;
      }
      String bare = p.replaceAll("\\[\\d+]$", "");
      if (!bare.equals(p)) {
        if (carried.contains(bare)) {
          return true;
        }
        p = bare;
        continue;
      }
      int dot = p.lastIndexOf('.');
      if (dot < 0) {
        return false;
      }
      p = p.substring(0, dot);
    }
  }
}
