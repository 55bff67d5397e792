package eu.civicai.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands run from {@code governance.jar} itself, the file users download, in a child JVM with
 * nothing else on its class path. The unit tests run on the reactor's class path, which cannot see
 * what the shade plugin leaves out: {@code export cyclonedx} once failed from the jar only ({@code
 * NoClassDefFoundError}: a test-scoped declaration kept a runtime dependency out). Each command
 * here needs something of its own in the jar: JSON schemas, CycloneDX's model and validator,
 * precompiled jte templates, SQLite's native library, Flyway's migrations, bundles. Run by Failsafe
 * after {@code package} ({@code mvn verify}).
 */
class GovernanceJarIT {
  private static final String AT = "2026-06-01T00:00:00Z";
  private static final String SIREN = "210100012";

  @TempDir static Path dir;
  private static Path usage;
  private static Path register;

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void aUsageFromATemplate_andItsRegister() throws Exception {
    usage = dir.resolve("usage.json");
    Run made =
        jar(
            "templates",
            "new",
            "water-leak",
            "--authority",
            "Valmont",
            "--authority-siren",
            SIREN,
            "--population",
            "3000",
            "--at",
            AT,
            "--out",
            usage.toString());
    assertThat(made.code()).as(made.err()).isZero();
    GovernanceJson json = GovernanceJson.create();
    AiUsage read = json.read(DocumentType.USAGE, Files.readString(usage));
    register = dir.resolve("register.json");
    Files.writeString(
        register,
        json.write(DocumentType.REGISTER, new RegisterDocument(List.of(read), List.of())));
  }

  @Test
  void version_isTheProjects() throws Exception {
    Run run = jar("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(System.getProperty("governance.version", "?"));
  }

  @Test
  void evaluate_inBothLanguages() throws Exception {
    Run en = jar("--lang", "en", "evaluate", "--at", AT, usage.toString());
    assertThat(en.code()).as(en.err()).isZero();
    assertThat(en.out()).contains("1 usage, 8 reports: ").contains("findings are UNKNOWN");
    Run fr = jar("evaluate", "--at", AT, usage.toString());
    assertThat(fr.out()).contains("1 usage, 8 rapports : ").contains("constats sont INCONNUS");
  }

  @Test
  void exportCycloneDx_writesABomThatCycloneDxsOwnValidatorAccepts() throws Exception {
    Run run = jar("--lang", "en", "export", "cyclonedx", "--profile", "public", usage.toString());
    assertThat(run.code()).as(run.err()).isZero();
    byte[] bom = run.out().getBytes(StandardCharsets.UTF_8);
    assertThat(new JsonParser().validate(bom, Version.VERSION_16)).isEmpty();
    JsonNode tree = new ObjectMapper().readTree(bom);
    assertThat(tree.path("bomFormat").asText()).isEqualTo("CycloneDX");
    List<String> types = new ArrayList<>();
    tree.path("components").forEach(c -> types.add(c.path("type").asText()));
    assertThat(types).contains("application");
  }

  @Test
  void otherPublicFormats_exportFromTheJar() throws Exception {
    for (String format : List.of("nl-register", "atrs", "eu-database", "crpa-inventory")) {
      Run run = jar("--lang", "en", "export", format, "--profile", "public", register.toString());
      assertThat(run.code()).as(format + ": " + run.err()).isIn(0, 1);
      assertThat(run.err()).as(format).doesNotContain("Exception", "Error:");
    }
  }

  @Test
  void tenderHtml_comesFromThePrecompiledTemplate() throws Exception {
    Path out = dir.resolve("tender.html");
    Run run = jar("tender", "--format", "html", "--out", out.toString(), usage.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("Valmont");
  }

  @Test
  void report_writesTheCommitteesHtmlReport() throws Exception {
    Path out = dir.resolve("report");
    Run run = jar("report", "--at", AT, "--out", out.toString(), register.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("report.html"))).contains("Valmont");
  }

  @Test
  void store_initImportExport_onSqlite_roundTrips() throws Exception {
    Path db = dir.resolve("governance.db");
    Run init = jar("--lang", "en", "store", "init", "--store", db.toString());
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out()).contains("schema version");
    Run imported =
        jar("store", "import", "--store", db.toString(), "--tenant", SIREN, register.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    Path back = dir.resolve("back.json");
    Run exported =
        jar(
            "store",
            "export",
            "--store",
            db.toString(),
            "--tenant",
            SIREN,
            "--out",
            back.toString());
    assertThat(exported.code()).as(exported.err()).isZero();
    RegisterDocument document =
        GovernanceJson.create().read(DocumentType.REGISTER, Files.readString(back));
    assertThat(document.usages()).extracting(AiUsage::id).hasSize(1);
  }

  @Test
  void barometer_asJson() throws Exception {
    Run run = jar("barometer", "--at", AT, "--format", "json", register.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).path("type").asText()).isEqualTo("barometer");
  }

  private static Run jar(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("governance.jar", "target/governance.jar"));
    assertThat(jar).as("the shaded jar, built by package").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    process.getOutputStream().close();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("governance " + String.join(" ", args) + " did not end in 120 s");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
