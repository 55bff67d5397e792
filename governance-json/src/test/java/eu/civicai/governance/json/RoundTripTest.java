package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.json.internal.SchemaGenerator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * For every document type, seeded random instances that fill every field: read(write(x)) equals x,
 * writing what was read gives the same bytes, and what is written validates against the schema
 * shipped in the jar.
 */
class RoundTripTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final int SEEDS = 40;
  private static final Map<DocumentType<?>, Function<RandomDocuments, Object>> GENERATORS =
      new HashMap<>();

  static {
    GENERATORS.put(DocumentType.USAGE, RandomDocuments::usage);
    GENERATORS.put(DocumentType.DATASET, RandomDocuments::dataset);
    GENERATORS.put(DocumentType.REGISTER, RandomDocuments::register);
    GENERATORS.put(DocumentType.LIFECYCLE_EVENT, RandomDocuments::event);
    GENERATORS.put(DocumentType.LEDGER_ENTRY, RandomDocuments::entry);
    GENERATORS.put(DocumentType.CHECKPOINT, RandomDocuments::checkpoint);
    GENERATORS.put(DocumentType.CHARTER, RandomDocuments::charter);
    GENERATORS.put(DocumentType.WAIVER, RandomDocuments::waiver);
    GENERATORS.put(DocumentType.EVALUATION_REPORT, RandomDocuments::report);
    GENERATORS.put(DocumentType.AI_ACT_CLASSIFICATION, RandomDocuments::classification);
    GENERATORS.put(
        DocumentType.WAIVERS, r -> new WaiverList(java.util.List.of(r.waiver(), r.waiver())));
    GENERATORS.put(DocumentType.PORTFOLIO_REPORT, RandomDocuments::portfolio);
    GENERATORS.put(DocumentType.IMPACT_QUESTIONNAIRE, RandomDocuments::questionnaire);
    GENERATORS.put(DocumentType.STRATEGY, RandomDocuments::strategy);
  }

  @Test
  void everyDocumentType_hasAGenerator() {
    assertThat(GENERATORS.keySet()).containsExactlyInAnyOrderElementsOf(DocumentType.all());
  }

  @Test
  void everyDocumentType_roundTripsExactly_andValidatesAgainstItsSchema() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    for (DocumentType<?> type : DocumentType.all()) {
      JsonSchema schema = schema(type);
      for (long seed = 0; seed < SEEDS; seed++) {
        roundTrip(
            type,
            GENERATORS.get(type).apply(new RandomDocuments(seed * 31 + type.name().hashCode())),
            schema,
            plain,
            seed);
      }
    }
  }

  @Test
  void builtInCharters_exportAndReimport_toEqualCharters() {
    for (var charter : BuiltInCharters.all()) {
      String json = JSON.write(DocumentType.CHARTER, charter);
      assertThat(JSON.read(DocumentType.CHARTER, json)).isEqualTo(charter);
    }
  }

  @Test
  void builtInImpactQuestionnaire_exportsAndReimports_toAnEqualQuestionnaire() throws Exception {
    var builtIn = eu.civicai.governance.assessment.ImpactQuestionnaires.collectivites();
    String json = JSON.write(DocumentType.IMPACT_QUESTIONNAIRE, builtIn);
    assertThat(JSON.read(DocumentType.IMPACT_QUESTIONNAIRE, json)).isEqualTo(builtIn);
    assertThat(
            schema(DocumentType.IMPACT_QUESTIONNAIRE).validate(new ObjectMapper().readTree(json)))
        .isEmpty();
  }

  @Test
  void schemasInTheJar_areTheGeneratedOnes() throws Exception {
    Path dir = Path.of("src/main/resources/eu/civicai/governance/json/schema");
    for (DocumentType<?> type : DocumentType.all()) {
      String generated = SchemaGenerator.schema(type);
      Path file = dir.resolve(type.name() + ".schema.json");
      if (Boolean.getBoolean("schemas.update")) {
        Files.createDirectories(dir);
        Files.writeString(file, generated);
      }
      assertThat(file).as("regenerate with -Dschemas.update=true").exists();
      assertThat(Files.readString(file)).as(type.name()).isEqualTo(generated);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void roundTrip(
      DocumentType<T> type, Object value, JsonSchema schema, ObjectMapper plain, long seed)
      throws Exception {
    T x = (T) value;
    String written = JSON.write(type, x);
    T read = JSON.read(type, written);
    assertThat(read).as("%s seed %d", type, seed).isEqualTo(x);
    assertThat(JSON.write(type, read)).as("%s seed %d bytes", type, seed).isEqualTo(written);
    Set<ValidationMessage> errors = schema.validate(plain.readTree(written));
    assertThat(errors).as("%s seed %d against its schema", type, seed).isEmpty();
  }

  static JsonSchema schema(DocumentType<?> type) throws Exception {
    try (InputStream in = GovernanceJson.class.getResourceAsStream(type.schemaResource())) {
      assertThat(in).as(type.schemaResource()).isNotNull();
      JsonNode node = new ObjectMapper().readTree(in);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }
  }
}
