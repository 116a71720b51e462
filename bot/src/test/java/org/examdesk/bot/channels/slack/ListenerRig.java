package org.examdesk.bot.channels.slack;

import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.examdesk.admin.client.SlackAdminClient;
import org.examdesk.bot.channels.slack.desk.AgentDesk;
import org.mockito.ArgumentCaptor;

/**
 * What a Slack listener's unit test needs, as the Bolt samples test listeners: the services it calls as Mockito
 * mocks and an executor that only records the work handed to it, so a test sees the ack leave before any slow
 * work runs, then runs that work itself.
 */
public final class ListenerRig {
    public final ExecutorService executor = mock(ExecutorService.class);
    public final SlackAdminClient admin = mock(SlackAdminClient.class);
    public final SlackTurns turns = mock(SlackTurns.class);
    public final SlackWebApi web = mock(SlackWebApi.class);
    public final AgentDesk desk = mock(AgentDesk.class);
    public final CaseForms forms = mock(CaseForms.class);
    public final SlackServices services =
            new SlackServices(new Jobs(executor, admin), turns, null, web, null, null, null, desk, forms, null);

    /** Runs every piece of work handed to the executor so far, in order; answers how many there were. */
    public int runQueuedWork() {
        ArgumentCaptor<Runnable> work = ArgumentCaptor.forClass(Runnable.class);
        verify(executor, atLeast(0)).execute(work.capture());
        List<Runnable> all = work.getAllValues();
        clearInvocations(executor);
        all.forEach(Runnable::run);
        return all.size();
    }
}
