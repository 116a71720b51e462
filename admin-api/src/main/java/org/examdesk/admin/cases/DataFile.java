package org.examdesk.admin.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads one of the cases feature's JSON data files from the classpath, naming the file in every failure. */
final class DataFile {
    private DataFile() {}

    static <T> T read(ObjectMapper json, String resource, Class<T> type, String what) {
        try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The " + what + " " + resource + " is missing from the classpath.");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("The " + what + " " + resource + " is not valid: " + e.getMessage(), e);
        }
    }
}
