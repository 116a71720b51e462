package org.examdesk.bot;

import java.net.URI;
import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.TestHttp;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole app for one test class, started before the class's {@code @BeforeAll} methods and closed after its last
 * test: {@code @RegisterExtension static final AppSession session = new AppSession();}.
 */
public final class AppSession implements BeforeAllCallback, AfterAllCallback {
    private ExamDesk app;
    private TestHttp http;

    @Override
    public void beforeAll(ExtensionContext context) {
        app = TestApp.start();
        http = new TestHttp(TestApp.base(app));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) {
            app.close();
        }
    }

    public ExamDesk app() {
        return app;
    }

    public URI base() {
        return TestApp.base(app);
    }

    public TestHttp http() {
        return http;
    }

    /** Signs in as a demo user (demo password) and answers the session token. */
    public String login(String username) {
        return http.login(username, DemoData.PASSWORD);
    }
}
