package eu.civicai.governance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven through the DevTools protocol (a WebSocket and JSON, no driver): loads a
 * page, collects console errors and uncaught exceptions, evaluates expressions and takes
 * screenshots. With CI=true, a missing browser fails the test; otherwise the test is skipped with
 * the reason.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The browser's executable, or null when none is installed. */
  static Path executable() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Path.of(configured);
    }
    for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** Starts the browser, failing under CI when it is missing and skipping otherwise. */
  static HeadlessChromium start() throws Exception {
    Path exe = executable();
    if (exe == null) {
      String why =
          "headless Chromium is not installed (apt-get install -y chromium, or set CHROMIUM)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail("CI=true: " + why);
      }
      Assumptions.abort(why);
    }
    Path profile = Files.createTempDirectory("chromium-profile-");
    Process process =
        new ProcessBuilder(
                exe.toString(),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not open its DevTools port");
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpClient http = HttpClient.newHttpClient();
    JsonNode targets =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    String page = null;
    for (JsonNode t : targets) {
      if ("page".equals(t.path("type").asText())) {
        page = t.get("webSocketDebuggerUrl").asText();
      }
    }
    if (page == null) {
      process.destroyForcibly();
      throw new IllegalStateException("Chromium opened no page");
    }
    HeadlessChromium[] self = new HeadlessChromium[1];
    WebSocket socket =
        http.newWebSocketBuilder()
            .buildAsync(URI.create(page), new Listener(() -> self[0]))
            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    self[0] = new HeadlessChromium(process, profile, socket);
    self[0].send("Runtime.enable", null);
    self[0].send("Log.enable", null);
    self[0].send("Page.enable", null);
    self[0].viewport(1000, 1414);
    return self[0];
  }

  /** Loads a file and waits for its load event; the errors collected are cleared first. */
  void load(Path file) throws Exception {
    errors.clear();
    loaded = new CompletableFuture<>();
    ObjectNode p = JSON.createObjectNode().put("url", file.toUri().toString());
    JsonNode r = send("Page.navigate", p);
    if (r.has("errorText")) {
      throw new IllegalStateException("cannot load " + file + ": " + r.get("errorText"));
    }
    loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The console errors, uncaught exceptions and error log entries since the last load. */
  List<String> errors() {
    return new ArrayList<>(errors);
  }

  /** Evaluates an expression in the page and returns its value (JSON). */
  JsonNode evaluate(String expression) throws Exception {
    ObjectNode p = JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
    JsonNode r = send("Runtime.evaluate", p);
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("evaluation failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** Writes a PNG screenshot of the viewport (the first page) and returns its size in bytes. */
  long screenshot(Path file) throws Exception {
    JsonNode r = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
    byte[] png = Base64.getDecoder().decode(r.get("data").asText());
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, png);
    return png.length;
  }

  /** Emulates a CSS media type ({@code "print"}, or {@code ""} for the default screen). */
  void media(String media) throws Exception {
    send("Emulation.setEmulatedMedia", JSON.createObjectNode().put("media", media));
  }

  /** Sets the viewport's size in CSS pixels (device scale 1). */
  void viewport(int width, int height) throws Exception {
    ObjectNode metrics = JSON.createObjectNode();
    metrics.put("width", width).put("height", height).put("deviceScaleFactor", 1);
    metrics.put("mobile", false);
    send("Emulation.setDeviceMetricsOverride", metrics);
  }

  /**
   * Prints the loaded page to PDF on A4 paper (8.27 × 11.69 in), the page's own {@code @page} size
   * and margins preferred, and returns the PDF's bytes.
   */
  byte[] printToPdfA4() throws Exception {
    ObjectNode p = JSON.createObjectNode();
    p.put("paperWidth", 8.27).put("paperHeight", 11.69).put("preferCSSPageSize", true);
    p.put("printBackground", true);
    JsonNode r = send("Page.printToPDF", p);
    return Base64.getDecoder().decode(r.get("data").asText());
  }

  private JsonNode send(String method, JsonNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    if (params != null) {
      message.set("params", params);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    socket
        .sendText(JSON.writeValueAsString(message), true)
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + ": " + reply.get("error"));
    }
    return reply.path("result");
  }

  private void receive(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
      if (f != null) {
        f.complete(message);
      }
      return;
    }
    String method = message.path("method").asText();
    JsonNode p = message.path("params");
    switch (method) {
      case "Page.loadEventFired" -> loaded.complete(null);
      case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
      case "Runtime.consoleAPICalled" -> {
        if ("error".equals(p.path("type").asText()) || "assert".equals(p.path("type").asText())) {
          errors.add("console: " + p.path("args"));
        }
      }
      case "Log.entryAdded" -> {
        if ("error".equals(p.path("entry").path("level").asText())) {
          errors.add(
              "log: "
                  + p.path("entry").path("text").asText()
                  + " "
                  + p.path("entry").path("url").asText());
        }
      }
      default -> {}
    }
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // The process is ended below either way.
    }
    // Chromium's helper processes (renderer, zygote, network service) outlive the main one for a
    // moment and keep writing to the profile: end them too before deleting it.
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    helpers.forEach(ProcessHandle::destroy);
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    for (ProcessHandle helper : helpers) {
      try {
        helper.onExit().get(5, TimeUnit.SECONDS);
      } catch (Exception stillRunning) {
        helper.destroyForcibly();
      }
    }
    try (Stream<Path> walk = Files.walk(profile)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // A file that vanished while walking, or a profile left in the temporary directory, is
      // harmless: the test's outcome is already decided.
    }
  }

  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Supplier<HeadlessChromium> browser;
    private final StringBuilder partial = new StringBuilder();

    Listener(java.util.function.Supplier<HeadlessChromium> browser) {
      this.browser = browser;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          HeadlessChromium b = browser.get();
          if (b != null) {
            b.receive(JSON.readTree(text));
          }
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      socket.request(1);
      return null;
    }
  }
}
