package org.examdesk.bot.channels.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The student results-account pages: {@code /activate} (where the welcome email's link points), {@code
 * /student/sign-in}, {@code /student/forgotten-password} and {@code /student/reset-password} (where the emailed
 * forgotten-password link points). Static HTML from {@code public/student}; their scripts call
 * {@code /api/v1/student-auth} and {@code /api/v1/me/student} on the same origin themselves.
 */
public final class StudentPages {
    private final String activate = read("activate.html");
    private final String signIn = read("sign-in.html");
    private final String forgottenPassword = read("forgotten-password.html");
    private final String resetPassword = read("reset-password.html");

    public void routes(RoutesConfig r) {
        r.get("/activate", page(activate));
        r.get("/student/sign-in", page(signIn));
        r.get("/student/forgotten-password", page(forgottenPassword));
        r.get("/student/reset-password", page(resetPassword));
    }

    private static Handler page(String html) {
        return (Context ctx) -> ctx.header("Cache-Control", "no-store").html(html);
    }

    private static String read(String name) {
        String resource = "/public/student/" + name;
        try (InputStream in = StudentPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
