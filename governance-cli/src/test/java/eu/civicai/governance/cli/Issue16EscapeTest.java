package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 16 and issue 15 §4: texts from documents never bring control characters to a terminal, and
 * a multi-line name or description never breaks a Markdown table.
 */
class Issue16EscapeTest {

  @Test
  void issue16_terminal_showsControlCharactersAsVisibleEscapes() {
    assertThat(Escape.terminal("a\u001b[31mb\u0007c\u0000d\u009be\u007f"))
        .isEqualTo("a\\u001b[31mb\\u0007c\\u0000d\\u009be\\u007f");
    assertThat(Escape.terminal("rtl\u202eevil\u2066")).isEqualTo("rtl\\u202eevil\\u2066");
    assertThat(Escape.terminal("X\uD800Y\uDC00")).isEqualTo("X\\ud800Y\\udc00");
  }

  @Test
  void issue16_terminal_keepsEveryPrintableTextAsItIs() {
    String text = "Détection de fuites 💧 — « 8 M€ »";
    assertThat(Escape.terminal(text)).isSameAs(text);
  }

  @Test
  void issue15_multiLineText_staysOnOneLine() {
    assertThat(Escape.terminal("Ligne 1\r\nLigne 2\nLigne\t3"))
        .isEqualTo("Ligne 1 Ligne 2 Ligne 3");
  }

  @Test
  void issue15_multiLineDescription_inATableCell_keepsTheTable() {
    String cell = Escape.markdown("Première ligne\n| --- |\n# Titre\n- [lien](javascript:x)");

    assertThat(cell)
        .doesNotContain("\n")
        .isEqualTo("Première ligne \\| --- \\| \\# Titre - \\[lien\\](javascript:x)");
    String row = "| " + cell + " | x |";
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(3);
  }

  @Test
  void issue16_markdown_neutralisesHtmlAndEmphasis() {
    assertThat(Escape.markdown("<script>a&b</script> *x* _y_ `z`"))
        .isEqualTo("&lt;script&gt;a&amp;b&lt;/script&gt; \\*x\\* \\_y\\_ \\`z\\`");
  }

  @Test
  void issue16_diagnostic_isCut() {
    assertThat(Escape.diagnostic("x".repeat(10_000))).hasSize(Escape.MAX_DIAGNOSTIC + 1);
  }
}
