package org.examdesk.bot.channels.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.examdesk.bot.engine.Reply;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A file for the person alone goes to their direct message only, whatever the place; the place is told. */
class ReplierTest {
    private static final Who WHO = new Who("T1", "U1");
    private static final Reply.PrivateFile CODES =
            new Reply.PrivateFile("codes.csv", "text/csv", "Forename,Code\nAlex,K7P2-Q9XZ\n", "codes.csv (1 code)");

    private final SlackWebApi web = mock(SlackWebApi.class);
    private final Replier replier = new Replier(web, new BlockKit(URI.create("https://examdesk.example/")));

    private String posted(String channel) {
        ArgumentCaptor<String> text = ArgumentCaptor.forClass(String.class);
        verify(web).postMessage(eq(Place.channel(channel)), text.capture(), any());
        return text.getValue();
    }

    @Test
    void asked_in_a_channel_the_file_goes_to_the_dm_and_the_channel_is_told_without_the_content() {
        when(web.openDm("U1")).thenReturn("DU1");

        replier.post(WHO, Place.channel("C1"), List.of(new Reply.Text("Done."), CODES));

        verify(web).upload(eq("DU1"), eq("codes.csv"), eq(CODES.content().getBytes(StandardCharsets.UTF_8)), any());
        verify(web, never()).upload(eq("C1"), anyString(), any(), any());
        assertThat(posted("C1"))
                .contains("Done.", "sent codes.csv to you privately")
                .doesNotContain("K7P2-Q9XZ");
    }

    @Test
    void a_failed_upload_is_said_and_nothing_else_is_sent() {
        when(web.openDm("U1")).thenReturn("DU1");
        doThrow(new IllegalStateException("Slack gave no upload address"))
                .when(web)
                .upload(anyString(), anyString(), any(), any());

        replier.post(WHO, Place.channel("C1"), List.of(CODES));

        assertThat(posted("C1")).contains("I could not send you codes.csv").doesNotContain("K7P2-Q9XZ");
    }
}
