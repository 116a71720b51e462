package org.examdesk.admin.results;

import org.examdesk.admin.demo.DemoData;
import org.examdesk.admin.testing.ApiFixture;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The results-access tests' admin API, at {@link ResultsApi#CLOCK}, with the Riverside and Hillside exams officers
 * signed in; started before the class's {@code @BeforeAll} methods and closed after its last test.
 */
public final class ResultsSession implements BeforeAllCallback, AfterAllCallback {
    private ApiFixture fixture;
    private ResultsApi riverside;
    private ResultsApi hillside;

    @Override
    public void beforeAll(ExtensionContext context) {
        fixture = ApiFixture.start(ResultsApi.CLOCK);
        riverside = officerOf("riverside");
        hillside = officerOf("hillside");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (fixture != null) {
            fixture.close();
        }
    }

    private ResultsApi officerOf(String centre) {
        TestHttp http = fixture.http();
        return new ResultsApi(http, fixture.server().base(), http.login("officer@" + centre + ".example", DemoData.PASSWORD));
    }

    public TestServer server() {
        return fixture.server();
    }

    public TestHttp http() {
        return fixture.http();
    }

    public ResultsApi riverside() {
        return riverside;
    }

    public ResultsApi hillside() {
        return hillside;
    }
}
