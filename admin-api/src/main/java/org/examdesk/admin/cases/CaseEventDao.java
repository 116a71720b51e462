package org.examdesk.admin.cases;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The case events every node reads (see V21__case_events.sql). */
@RegisterConstructorMapper(CaseEventDao.Stored.class)
interface CaseEventDao {
    String CHANNEL = "examdesk_case_events";

    /** One stored event: its id, kind ({@link CaseEventKind} name) and notice as JSON. */
    record Stored(long id, String kind, String notice) {}

    @SqlQuery("insert into case_events (kind, notice) values (:kind, cast(:notice as jsonb)) returning id")
    long insert(@Bind("kind") String kind, @Bind("notice") String noticeJson);

    /** NOTIFYs the nodes of event {@code id}; delivered when the transaction commits. */
    @SqlQuery("select cast(pg_notify('" + CHANNEL + "', cast(:id as text)) as text)")
    String notifyNodes(@Bind("id") long id);

    /** Subscribes this connection to the NOTIFYs of new events. */
    @SqlUpdate("listen " + CHANNEL)
    void listen();

    @SqlQuery("select coalesce(max(id), 0) from case_events")
    long lastId();

    @SqlQuery("select id, kind, notice::text as notice from case_events where id > :after order by id limit 500")
    List<Stored> after(@Bind("after") long after);

    @SqlUpdate("delete from case_events where created_at < now() - interval '1 hour'")
    int forgetOld();

    @SqlQuery("select id, kind, notice::text as notice from case_events where id = any(:ids) order by id")
    List<Stored> byIds(@Bind("ids") long[] ids);
}
