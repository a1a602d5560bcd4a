package dev.atrium.engine.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads every file of one folder on the classpath, whether it lies on disk (tests) or inside the jar. */
public final class ClasspathDirectory {

    private ClasspathDirectory() {
    }

    /** File name to content, sorted by name, for the files directly in {@code folder} ending in {@code suffix}. */
    public static Map<String, String> read(String folder, String suffix) {
        URL url = ClasspathDirectory.class.getClassLoader().getResource(folder);
        if (url == null) {
            return Map.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fileSystem = jarFileSystem(uri);
                return readAll(fileSystem.getPath(folder), suffix);
            }
            return readAll(Path.of(uri), suffix);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static Map<String, String> readAll(Path directory, String suffix) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : paths.toList()) {
                String name = path.getFileName().toString();
                if (name.endsWith(suffix) && Files.isRegularFile(path)) {
                    files.put(name, Files.readString(path));
                }
            }
        }
        return files;
    }
}
