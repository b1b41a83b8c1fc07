package cymru.cylch.platform.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * A reference data file: UTF-8 lines of fields separated by {@code |} (text often contains commas), with
 * {@code #} comment lines and blank lines ignored. Every row must have exactly the stated number of fields, so a
 * broken file stops Cylch at start-up instead of showing half a table.
 */
public final class ReferenceFile {

    private ReferenceFile() {
    }

    /** The rows of a file on the class path, each field stripped of surrounding spaces. */
    public static List<String[]> rows(String classPathLocation, int fields) {
        return rows(new ClassPathResource(classPathLocation), fields);
    }

    public static List<String[]> rows(Resource resource, int fields) {
        if (!resource.exists()) {
            throw new IllegalStateException(resource.getDescription() + " is missing");
        }
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = resource.getInputStream();
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                if (parts.length != fields) {
                    throw new IllegalStateException("Expected " + fields + " fields in " + resource.getDescription()
                            + ": " + line);
                }
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].strip();
                }
                rows.add(parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
