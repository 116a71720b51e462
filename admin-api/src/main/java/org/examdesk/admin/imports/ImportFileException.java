package org.examdesk.admin.imports;

import java.util.List;
import org.examdesk.admin.web.ApiException;

/** A file that cannot be imported at all: nothing is written and the message says why. */
final class ImportFileException {
    private ImportFileException() {}

    static ApiException invalid(String message) {
        return ApiException.invalid(message, List.of("file"));
    }

    static ApiException unsupported(String message) {
        return new ApiException(415, "unsupported_file", message, List.of("file"));
    }
}
