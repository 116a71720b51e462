package org.examdesk.bot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the transcript keeps of a turn's replies: never a sign-in token, never a private file's content. */
class TranscribedRepliesTest {
    @Test
    void a_private_file_is_kept_as_its_summary_and_a_sign_in_not_at_all() {
        List<Reply> replies = List.of(
                new Reply.Text("Done."),
                new Reply.PrivateFile("codes.csv", "text/csv", "Forename,Code\nAlex,K7P2-Q9XZ\n", "codes.csv (1 code)"),
                new Reply.SignedIn("secret-token", "Zoë", "STUDENT"));

        List<Reply> kept = ChatService.transcribed(replies).replies();

        assertThat(kept).containsExactly(new Reply.Text("Done."), new Reply.Text("codes.csv (1 code)"));
        assertThat(kept.toString()).doesNotContain("K7P2-Q9XZ", "secret-token");
    }
}
