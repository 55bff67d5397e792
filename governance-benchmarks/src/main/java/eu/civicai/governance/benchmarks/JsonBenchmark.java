package eu.civicai.governance.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.JsonLimits;
import eu.civicai.governance.json.RegisterDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 2: a register of N usages written and read, the library against plain Jackson on the
 * same classes (default ObjectMapper, no module, no reading rules). Plain reading still goes
 * through the records' constructors, which check their constraints: that cost cannot be removed
 * from either side. A tree parse gives the parsing floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g"})
public class JsonBenchmark {
  @Param({"100000"})
  int n;

  RegisterDocument register;
  GovernanceJson json;
  ObjectMapper plain;
  byte[] libraryBytes;
  byte[] plainBytes;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    register = new RegisterDocument(BenchData.usages(n, 7), List.of());
    json = GovernanceJson.create(JsonLimits.DEFAULTS.withMaxDocumentLength(-1));
    // Plain Jackson needs java.time support, as jackson-datatype-jsr310 would give: ISO strings.
    com.fasterxml.jackson.databind.module.SimpleModule time =
        new com.fasterxml.jackson.databind.module.SimpleModule();
    time.addSerializer(
        java.time.LocalDate.class,
        com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance);
    time.addSerializer(
        java.time.Instant.class,
        com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance);
    time.addSerializer(
        java.time.Period.class, com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance);
    time.addDeserializer(
        java.time.LocalDate.class,
        new FromText<>(java.time.LocalDate.class, java.time.LocalDate::parse));
    time.addDeserializer(
        java.time.Instant.class, new FromText<>(java.time.Instant.class, java.time.Instant::parse));
    time.addDeserializer(
        java.time.Period.class, new FromText<>(java.time.Period.class, java.time.Period::parse));
    // …and not to write derived is-getters (Footprint.isKnown) it could not read back.
    plain =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS)
            .addModule(time)
            .build();
    libraryBytes =
        json.write(DocumentType.REGISTER, register)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    plainBytes = plain.writeValueAsBytes(register);
  }

  @Benchmark
  public void writeLibrary(Blackhole bh) {
    // Large registers are written the way the library writes them: streamed, compact.
    Counting out = new Counting();
    try (var writer = json.registerWriter(out)) {
      register.usages().forEach(writer::usage);
    }
    bh.consume(out.count);
  }

  @Benchmark
  public void writePlainJackson(Blackhole bh) throws IOException {
    Counting out = new Counting();
    plain.writeValue(out, register);
    bh.consume(out.count);
  }

  @Benchmark
  public Object readLibrary() {
    return json.read(DocumentType.REGISTER, new ByteArrayInputStream(libraryBytes));
  }

  @Benchmark
  public Object readPlainJackson() throws IOException {
    return plain.readValue(plainBytes, RegisterDocument.class);
  }

  @Benchmark
  public Object parseTreeOnly() throws IOException {
    return plain.readTree(plainBytes);
  }

  static final class FromText<T>
      extends com.fasterxml.jackson.databind.deser.std.FromStringDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient java.util.function.Function<String, T> parse;

    FromText(Class<T> type, java.util.function.Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    protected T _deserialize(
        String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
      return parse.apply(value);
    }
  }

  static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
