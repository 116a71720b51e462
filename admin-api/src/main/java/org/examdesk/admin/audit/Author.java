package org.examdesk.admin.audit;

/**
 * Who made a change, as its audit row records it: the kind and id of the caller, their name, the intermediary
 * they acted through (if any), the channel and the request id. The accounts feature's {@code Actor} is one.
 */
public interface Author {
    String actorType();

    long actorId();

    String actorName();

    String onBehalfOf();

    String channel();

    String requestId();
}
