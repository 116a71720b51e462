package org.examdesk.bot.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.testing.TestHttp;
import org.examdesk.admin.testing.TestHttp.Response;
import org.examdesk.admin.web.Json;

/** Talks to the bot through the HTTP channel as one person, as an integration would. */
public final class ChatDriver {
    private final TestHttp http;
    private String token;
    private final String id;
    private JsonNode last;

    public ChatDriver(TestHttp http, String token) {
        this.http = http;
        this.token = token;
        Response started = http.post("/bot/v1/conversations", null, token);
        assertThat(started.status()).isEqualTo(201);
        this.id = started.json().get("id").asText();
    }

    /** The conversation's id. */
    public String id() {
        return id;
    }

    /** Takes {@code replies} (answered to a request outside the messages, a file upload) as the latest turn. */
    public void answered(JsonNode replies) {
        last = replies;
    }

    public JsonNode say(String text) {
        return send("{\"text\":" + quote(text) + "}");
    }

    /** Presses the button whose label contains {@code label} in the latest replies. */
    public JsonNode press(String label) {
        return send("{\"action\":" + quote(buttonValue(label)) + "}");
    }

    public String buttonValue(String label) {
        for (JsonNode reply : last) {
            for (JsonNode option : reply.path("options")) {
                if (option.get("label").asText().contains(label)) {
                    return option.get("value").asText();
                }
            }
        }
        throw new AssertionError("No button '" + label + "' in " + last);
    }

    public JsonNode send(String body) {
        Response response = http.post("/bot/v1/conversations/" + id + "/messages", body, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        last = response.json().get("replies");
        for (JsonNode reply : last) {
            if ("signin".equals(reply.path("type").asText())) {
                token = reply.get("token").asText();
            }
        }
        return last;
    }

    /** All reply texts (text, prompts and confirm summaries) of the latest turn, joined. */
    public String text() {
        List<String> parts = new ArrayList<>();
        for (JsonNode reply : last) {
            for (String field : List.of("text", "prompt", "summary", "fallback")) {
                if (reply.has(field)) {
                    parts.add(reply.get(field).asText());
                }
            }
        }
        return String.join("\n", parts);
    }

    /** The latest turn's replies, as the channel answered them. */
    public JsonNode replies() {
        return last;
    }

    /**
     * Sends the latest turn's list to tick with exactly the options whose labels contain one of {@code labels}
     * ticked (none: nothing ticked), as the web chat page does: the values one a line, under the list's field.
     */
    public JsonNode tick(String... labels) {
        for (JsonNode reply : last) {
            if ("picks".equals(reply.path("type").asText())) {
                List<String> ticked = new ArrayList<>();
                for (JsonNode option : reply.get("options")) {
                    for (String label : labels) {
                        if (option.get("label").asText().contains(label)) {
                            ticked.add(option.get("value").asText());
                        }
                    }
                }
                return send("{\"action\":" + quote(reply.at("/submit/value").asText()) + ",\"values\":"
                        + Json.mapper().valueToTree(Map.of(reply.get("field").asText(), String.join("\n", ticked)))
                        + "}");
            }
        }
        throw new AssertionError("no list to tick in " + last);
    }

    /** Sends the latest turn's form with these values, as a page would when its button is pressed. */
    public JsonNode submitForm(Map<String, String> values) {
        for (JsonNode reply : last) {
            if ("form".equals(reply.path("type").asText())) {
                return send("{\"action\":" + quote(reply.at("/submit/value").asText()) + ",\"values\":"
                        + Json.mapper().valueToTree(values) + "}");
            }
        }
        throw new AssertionError("no form in " + last);
    }

    /** Presses the first option of the latest choices, again and again while choices come (at most {@code max}). */
    public void pickFirstOptions(int max) {
        for (int i = 0; i < max; i++) {
            JsonNode choices = null;
            for (JsonNode reply : last) {
                if ("choices".equals(reply.path("type").asText())) {
                    choices = reply;
                }
            }
            if (choices == null) {
                return;
            }
            send("{\"action\":\"" + choices.at("/options/0/value").asText() + "\"}");
        }
    }

    /**
     * Answers the case flow's contact questions while it asks them (the demo staff's profiles give name, email,
     * country and centre; phone and language are asked until a case of theirs has them).
     */
    public void answerContactQuestions() {
        for (int i = 0; i < 6; i++) {
            String asked = text();
            if (asked.contains("Which phone number")) {
                say("01632 960000");
            } else if (asked.contains("In which language")) {
                say("English");
            } else if (asked.contains("What is your name")) {
                say("Sam Visitor");
            } else if (asked.contains("Which email address should we reply to")) {
                say("sam.visitor@example.org");
            } else if (asked.contains("Which country")) {
                say("United Kingdom");
            } else if (asked.contains("Which school, college or institution")) {
                say("Example Academy");
            } else {
                return;
            }
        }
    }

    public JsonNode last() {
        return last;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
