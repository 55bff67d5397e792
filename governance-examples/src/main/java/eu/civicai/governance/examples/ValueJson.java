package eu.civicai.governance.examples;

import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.value.AuthorityValue;
import eu.civicai.governance.value.PortfolioValue;
import eu.civicai.governance.value.Total;
import eu.civicai.governance.value.UsageValue;
import eu.civicai.governance.value.ValueFactor;
import eu.civicai.governance.value.ValueTotals;
import eu.civicai.governance.value.ValuedBenefit;
import java.util.List;
import java.util.Map;

/**
 * Writes a portfolio's value as {@code value.json}: the factors used with their sources, the totals
 * overall and per authority, and each usage's benefits valued. A plain JSON text, written here with
 * the public API only (the library's documents have their own format in governance-json); unknown
 * values are left out, never written as 0, and each total says how many parts were unknown.
 */
final class ValueJson {
  private ValueJson() {}

  static String write(PortfolioValue value) {
    StringBuilder out = new StringBuilder(8192);
    out.append("{\n  \"factors\": ");
    factors(out, value.factors().common(), "  ");
    out.append(",\n  \"overrides\": {");
    String sep = "";
    for (Map.Entry<String, List<ValueFactor>> e : value.factors().overrides().entrySet()) {
      out.append(sep).append("\n    ").append(text(e.getKey())).append(": ");
      factors(out, e.getValue(), "    ");
      sep = ",";
    }
    out.append(sep.isEmpty() ? "}" : "\n  }");
    out.append(",\n  \"totals\": ");
    totals(out, value.totals(), "  ");
    out.append(",\n  \"authorities\": [");
    sep = "";
    for (AuthorityValue a : value.authorities()) {
      out.append(sep).append("\n    {\"authority\": ").append(text(a.authority()));
      out.append(", \"usages\": [");
      out.append(String.join(", ", a.usages().stream().map(u -> text(u.value())).toList()));
      out.append("],\n     \"totals\": ");
      totals(out, a.totals(), "     ");
      out.append("}");
      sep = ",";
    }
    out.append("\n  ],\n  \"usages\": [");
    sep = "";
    for (UsageValue u : value.usages()) {
      out.append(sep).append("\n    {\"usage\": ").append(text(u.usage().value()));
      out.append(", \"authority\": ").append(text(u.authority()));
      out.append(",\n     \"benefits\": [");
      String inner = "";
      for (ValuedBenefit b : u.benefits()) {
        out.append(inner).append("\n       {\"name\": ").append(text(b.name()));
        out.append(", \"kind\": ").append(text(b.kind().name()));
        out.append(", \"basis\": ").append(text(b.basis().name()));
        quantity(out, "amount", b.amount());
        quantity(out, "target", b.target());
        if (b.period() != null) {
          out.append(", \"period\": ").append(text(b.period()));
        }
        quantity(out, "converted", b.converted());
        if (b.factor() != null) {
          out.append(", \"factor\": ").append(text(b.factor().kind().name()));
          out.append(", \"factorSource\": ").append(text(b.factor().source()));
        }
        out.append("}");
        inner = ",";
      }
      out.append(inner.isEmpty() ? "]" : "\n     ]");
      out.append(",\n     \"totals\": ");
      totals(out, u.totals(), "     ");
      out.append("}");
      sep = ",";
    }
    out.append("\n  ]\n}\n");
    return out.toString();
  }

  private static void factors(StringBuilder out, List<ValueFactor> factors, String indent) {
    out.append("[");
    String sep = "";
    for (ValueFactor f : factors) {
      out.append(sep)
          .append("\n")
          .append(indent)
          .append("  {\"kind\": ")
          .append(text(f.kind().name()));
      out.append(", \"value\": ").append(f.value().toPlainString());
      out.append(", \"unit\": ").append(text(f.kind().unit().name()));
      out.append(", \"per\": ").append(text(f.kind().per().name()));
      out.append(", \"year\": ").append(f.year().getValue());
      out.append(",\n").append(indent).append("   \"source\": ").append(text(f.source()));
      if (f.url() != null) {
        out.append(",\n").append(indent).append("   \"url\": ").append(text(f.url().toString()));
      }
      if (f.note() != null) {
        out.append(",\n").append(indent).append("   \"note\": ").append(text(f.note()));
      }
      out.append("}");
      sep = ",";
    }
    out.append(sep.isEmpty() ? "]" : "\n" + indent + "]");
  }

  private static void totals(StringBuilder out, ValueTotals t, String indent) {
    out.append("{");
    total(out, "euros", t.euros(), indent, true);
    total(out, "hours", t.hours(), indent, false);
    total(out, "householdYears", t.householdYears(), indent, false);
    total(out, "energy", t.energy(), indent, false);
    total(out, "carbonAvoided", t.carbonAvoided(), indent, false);
    total(out, "footprintCarbon", t.footprintCarbon(), indent, false);
    total(out, "footprintEnergy", t.footprintEnergy(), indent, false);
    total(out, "footprintEuros", t.footprintEuros(), indent, false);
    out.append("}");
  }

  private static void total(
      StringBuilder out, String name, Total total, String indent, boolean first) {
    out.append(first ? "" : ",").append("\n").append(indent).append("  ").append(text(name));
    out.append(": {\"unit\": ").append(text(total.unit().name()));
    total.value().ifPresent(q -> out.append(", \"value\": ").append(q.value().toPlainString()));
    out.append(", \"knownParts\": ").append(total.knownParts());
    out.append(", \"unknownParts\": ").append(total.unknownParts()).append("}");
  }

  private static void quantity(StringBuilder out, String name, Quantity q) {
    if (q != null) {
      out.append(", ")
          .append(text(name))
          .append(": {\"value\": ")
          .append(q.value().toPlainString());
      out.append(", \"unit\": ").append(text(q.unit().name())).append("}");
    }
  }

  /** A JSON string, or {@code null}; control characters escaped. */
  private static String text(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
