package eu.civicai.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: valid documents mutated, seeded, with the classes of hostile input (huge exponents,
 * huge periods, control characters, lone surrogates, foreign address schemes, duplicated array
 * elements, long texts). Whatever the mutation, reading ends in a value or in the library's {@link
 * JsonReadException}, whose message is short, quotes no marker of the input and holds no control
 * character.
 */
class Issue16HostileMutationTest {
  private static final GovernanceJson JSON = GovernanceJson.create();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
  private static final CharterEvaluator EVALUATOR = CharterEvaluator.of(BuiltInCharters.all());

  private static Register register(AiUsage usage) {
    Register register = Register.inMemory(CLOCK);
    register.add(usage);
    return register;
  }

  private static final String MARKER = "S3CR3T";
  private static final String[] NUMBERS = {
    "1e999999999", "1e-999999999", "1e2147483647", "-1e999999999", "1e1000000", "-0.0", "1e65"
  };
  private static final String[] INSERTS = {
    "\u001b[2J", "\u0007", "\u0000", "\u009b", "\ud800", "\udc00", "\n", "\t", "\u202e"
  };
  private static final String[] REPLACEMENTS = {
    "javascript:alert('" + MARKER + "')",
    "file:///etc/" + MARKER,
    "data:text/html," + MARKER,
    "P999999999Y",
    "P-1999999999Y",
    "P2147483647M",
    "+999999999-12-31",
    "-999999999-01-01T00:00:00Z",
    MARKER.repeat(60)
  };

  private static String document(RandomDocuments random, int kind) {
    return switch (kind) {
      case 0 -> JSON.write(DocumentType.USAGE, random.usage());
      case 1 -> JSON.write(DocumentType.DATASET, random.dataset());
      case 2 -> JSON.write(DocumentType.REGISTER, random.register());
      case 3 -> JSON.write(DocumentType.CHARTER, random.charter());
      default -> JSON.write(DocumentType.WAIVER, random.waiver());
    };
  }

  /** Every value under {@code /content}, with its parent and its name or index. */
  private record Place(JsonNode parent, String name, int index, JsonNode value) {}

  private static void collect(JsonNode parent, List<Place> out) {
    if (parent instanceof ObjectNode object) {
      object
          .fields()
          .forEachRemaining(
              e -> {
                out.add(new Place(object, e.getKey(), -1, e.getValue()));
                collect(e.getValue(), out);
              });
    } else if (parent instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        out.add(new Place(array, null, i, array.get(i)));
        collect(array.get(i), out);
      }
    }
  }

  private static void set(Place place, JsonNode value) {
    if (place.parent instanceof ObjectNode object) {
      object.set(place.name, value);
    } else {
      ((ArrayNode) place.parent).set(place.index, value);
    }
  }

  private static void mutate(JsonNode root, Random random) {
    List<Place> places = new ArrayList<>();
    collect(root.get("content"), places);
    List<Place> numbers = places.stream().filter(p -> p.value.isNumber()).toList();
    // Numbers are few in a document and the most dangerous class: one mutation in three hits one.
    Place place =
        !numbers.isEmpty() && random.nextInt(3) == 0
            ? numbers.get(random.nextInt(numbers.size()))
            : places.get(random.nextInt(places.size()));
    JsonNode value = place.value;
    if (value.isNumber() || random.nextInt(8) == 0) {
      set(place, DecimalNode.valueOf(new BigDecimal(NUMBERS[random.nextInt(NUMBERS.length)])));
    } else if (value.isTextual()) {
      String text = value.textValue();
      String mutated;
      if (random.nextBoolean()) {
        int at = random.nextInt(text.length() + 1);
        mutated =
            text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
      } else {
        mutated = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
      }
      set(place, TextNode.valueOf(mutated));
    } else if (value instanceof ArrayNode array && !array.isEmpty()) {
      array.add(array.get(random.nextInt(array.size())).deepCopy()); // a duplicate element
    } else if (value instanceof ObjectNode object) {
      object.put("unexpected\u001b]0;" + "x".repeat(random.nextInt(200)), 1);
    }
  }

  @Test
  void issue16_mutatedDocuments_endInAValueOrTheLibrarysException_withBoundedMessages()
      throws Exception {
    Random random = new Random(16_2026L);
    RandomDocuments documents = new RandomDocuments(16);
    int refused = 0;
    int read = 0;
    int rounds = 1500;
    for (int i = 0; i < rounds; i++) {
      JsonNode root = TREE.readTree(document(documents, i % 5));
      for (int m = 1 + random.nextInt(3); m > 0; m--) {
        mutate(root, random);
      }
      byte[] bytes = TREE.writeValueAsBytes(root);
      try {
        GovernanceJson.Document<?> document = JSON.readAny(new ByteArrayInputStream(bytes));
        read++;
        if (document.content() instanceof AiUsage usage) {
          // What was read evaluates, within bounds: no arithmetic or rendering blows up.
          String report =
              JSON.write(
                  DocumentType.PORTFOLIO_REPORT,
                  EVALUATOR.evaluatePortfolio(
                      register(usage), EvaluationContext.of(CLOCK, Locale.FRENCH)));
          assertThat(report.length()).isLessThan(1 << 18);
        }
      } catch (JsonReadException e) {
        refused++;
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
          String message = e.message(locale);
          assertThat(message).hasSizeLessThan(600).doesNotContain(MARKER);
          assertThat(
                  message
                      .chars()
                      .noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c)))
              .as(message)
              .isTrue();
        }
        assertThat(e.pointer()).startsWith("/").hasSizeLessThan(400);
      }
      // Anything else (OutOfMemoryError, DateTimeException, NegativeArraySizeException…) fails.
    }
    assertThat(refused + read).isEqualTo(rounds);
    // The mutations bite: most documents are refused, and some survive (a line break in a
    // description, a period within bounds).
    assertThat(refused).isGreaterThan(rounds * 2 / 3);
    assertThat(read).isPositive();
  }
}
