package org.examdesk.bot.channels.slack;

import org.examdesk.bot.channels.slack.desk.AgentDesk;

/** What the listeners need, built once by {@link SlackChannel}. */
public record SlackServices(
        Jobs jobs,
        SlackTurns turns,
        Replier replier,
        SlackWebApi web,
        SlackUsers users,
        HomeTab home,
        FileImports imports,
        AgentDesk desk,
        CaseForms forms,
        CaseFileSends caseFiles) {}
