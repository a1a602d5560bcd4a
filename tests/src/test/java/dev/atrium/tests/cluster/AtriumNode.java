package dev.atrium.tests.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code atrium serve} process from the built jar, its stdout and stderr captured in a file so a test can
 * read its log events and print them when it fails.
 */
final class AtriumNode implements AutoCloseable {

    /** Where the reactor build leaves the server jar, from the tests module's folder (surefire's working dir). */
    static final Path JAR = Path.of("..", "server", "target", "atrium.jar");

    private static final Pattern SERVES = Pattern.compile("Atrium serves http://([^:/\\s]+):(\\d+)/v1");
    private static final Pattern KEY_VALUE = Pattern.compile("(\\w+)=(\"((?:[^\"\\\\]|\\\\.)*)\"|\\S+)");

    /** One log event of a node: its name (e.g. sync.started) and its key-value pairs. */
    record Event(String name, Map<String, String> values) {

        String get(String key) {
            return values.get(key);
        }
    }

    private final String name;
    private final Process process;
    private final Path output;
    /** Kills the node should the test JVM exit without its clean-up (e.g. an aborted run), so none lingers. */
    private final Thread reaper;
    private int port;

    private AtriumNode(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
        this.reaper = new Thread(process::destroyForcibly, "atrium-node-reaper-" + name);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts {@code atrium serve} on a free loopback port with the given extra arguments and waits until it
     * says where it listens.
     *
     * @param folder where the node's output file and working folder go
     */
    static AtriumNode start(String name, Path folder, List<String> serveArguments, Duration startTimeout) {
        Path jar = JAR.toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no server jar at " + jar + ": build it first with"
                    + " ./mvnw -q -B install -DskipTests (a reactor ./mvnw verify packages it before the tests run)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(),
                // Two nodes and the test JVM share a small machine: a modest heap and a frugal collector.
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "serve", "--host", "127.0.0.1", "--port", "0"));
        command.addAll(serveArguments);
        try {
            Path workDir = Files.createDirectories(folder.resolve(name));
            Path output = folder.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            // Settings come from the arguments only: an ATRIUM_* variable of the caller (a secret key, a
            // database) would silently override or add to them.
            builder.environment().keySet().removeIf(variable -> variable.startsWith("ATRIUM_"));
            builder.environment().put("ATRIUM_LOG_FORMAT", "text");
            AtriumNode node = new AtriumNode(name, builder.start(), output);
            node.awaitListening(startTimeout);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name, e);
        }
    }

    private void awaitListening(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher serves = SERVES.matcher(output());
            if (serves.find()) {
                port = Integer.parseInt(serves.group(2));
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue()
                        + " before listening:\n" + tail(60));
            }
            pause(50);
        }
        kill();
        throw new IllegalStateException("node " + name + " did not listen within " + timeout + ":\n" + tail(60));
    }

    String name() {
        return name;
    }

    /** The node's API base, e.g. http://127.0.0.1:41234 (paths start with /v1). */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Everything the node wrote so far. */
    String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines the node wrote, for failure messages. */
    String tail(int lines) {
        List<String> all = output().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** The log events of one name, in order, e.g. {@code sync.started}. */
    List<Event> events(String eventName) {
        List<Event> events = new ArrayList<>();
        for (String line : output().lines().toList()) {
            // Text lines read: timestamp, level, event name, then key=value pairs.
            String[] parts = line.split("\\s+", 4);
            if (parts.length >= 3 && parts[2].equals(eventName)) {
                Map<String, String> values = new LinkedHashMap<>();
                Matcher pair = KEY_VALUE.matcher(parts.length == 4 ? parts[3] : "");
                while (pair.find()) {
                    values.put(pair.group(1), pair.group(3) != null ? pair.group(3) : pair.group(2));
                }
                events.add(new Event(eventName, values));
            }
        }
        return events;
    }

    /** SIGKILL on Linux: the node dies at once, mid-work, without its shutdown hook. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** A normal shutdown (SIGTERM, running the shutdown hook); killed if it takes too long. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(20))) {
            kill();
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills the node if it still runs; tests call it in their clean-up whatever happened. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException alreadyExiting) {
            // The JVM is shutting down: the hook runs anyway, harmlessly.
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
