package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples in the Javadoc of the main entry points (issue 19, "Javadoc that teaches") are
 * compiled and run as written, so that an example cannot drift from the API: each {@code <pre
 * class="example">{@code …}</pre>} block of the named source file becomes the body of a method,
 * compiled against the test class path and invoked.
 */
class JavadocExamplesTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("<pre class=\"example\">\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL);

  private static final String IMPORTS =
      String.join(
          "\n",
          "import eu.civicai.governance.*;",
          "import eu.civicai.governance.org.*;",
          "import eu.civicai.governance.usage.*;",
          "import eu.civicai.governance.data.*;",
          "import eu.civicai.governance.register.*;",
          "import eu.civicai.governance.charter.*;",
          "import eu.civicai.governance.charters.*;",
          "import eu.civicai.governance.json.*;",
          "import java.time.*;",
          "import java.util.*;");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../governance-core/src/main/java/eu/civicai/governance/usage/AiUsage.java",
        "../governance-core/src/main/java/eu/civicai/governance/register/Register.java",
        "../governance-core/src/main/java/eu/civicai/governance/charter/CharterEvaluator.java",
        "../governance-core/src/main/java/eu/civicai/governance/charter/Fact.java",
        "../governance-core/src/main/java/eu/civicai/governance/data/Ledger.java",
        "../governance-core/src/main/java/eu/civicai/governance/data/LedgerVerifier.java",
        "src/main/java/eu/civicai/governance/json/GovernanceJson.java"
      })
  void javadocExamples_compileAndRun(String source) throws Exception {
    List<String> examples = examples(Path.of(source));
    assertThat(examples).as("examples in %s", source).isNotEmpty();
    for (int i = 0; i < examples.size(); i++) {
      String name = "Example" + Path.of(source).getFileName().toString().replace(".java", "") + i;
      compileAndRun(name, examples.get(i));
    }
  }

  /** The example blocks of a source file, with the Javadoc's leading {@code " * "} removed. */
  static List<String> examples(Path source) throws IOException {
    Matcher m = EXAMPLE.matcher(Files.readString(source, StandardCharsets.UTF_8));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      StringBuilder body = new StringBuilder();
      for (String line : m.group(1).split("\n", -1)) {
        body.append(line.startsWith(" * ") ? line.substring(3) : line.replaceFirst("^ \\*", ""))
            .append('\n');
      }
      found.add(body.toString());
    }
    return found;
  }

  private void compileAndRun(String name, String body) throws Exception {
    Path file = dir.resolve(name + ".java");
    Files.writeString(
        file,
        IMPORTS
            + "\npublic class "
            + name
            + " {\n  public static void run() throws Exception {\n"
            + body
            + "  }\n}\n",
        StandardCharsets.UTF_8);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled =
          compiler
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of(
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      dir.toString(),
                      "-proc:none",
                      "--release",
                      "17"),
                  null,
                  files.getJavaFileObjects(file.toFile()))
              .call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add("line " + d.getLineNumber() + ": " + d.getMessage(Locale.ENGLISH));
        }
      }
      assertThat(errors).as("compiling the example %s:%n%s", name, body).isEmpty();
      assertThat(compiled).isTrue();
    }
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {new File(dir.toString()).toURI().toURL()}, getClass().getClassLoader())) {
      Method run = loader.loadClass(name).getMethod("run");
      run.invoke(null); // an exception thrown by the example fails the test
    }
  }
}
