package org.examdesk.admin.results;

import java.util.Collection;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Marks credentials stale when what their letter says, or who may use them, changed. Each returns how many. */
public interface StalenessDao {
    @SqlUpdate(
            """
            update results_credentials c set stale = true
              from entries e
             where e.candidate_id = c.candidate_id and e.series_id = c.series_id
               and e.centre_id = :centre and c.series_id = :series and not c.stale""")
    int centre(@Bind("centre") long centreId, @Bind("series") long seriesId);

    /**
     * The parent's contact changed: the parent's associates (their ids given) answered by the parent (DEFAULT)
     * have outdated letters too.
     */
    @SqlUpdate(
            """
            update results_credentials c set stale = true
              from entries e
              left join results_associate_access a on a.associate_centre_id = e.centre_id and a.series_id = e.series_id
             where e.candidate_id = c.candidate_id and e.series_id = c.series_id and c.series_id = :series
               and e.centre_id = any(:associates) and coalesce(a.contact_mode, 'DEFAULT') = 'DEFAULT'
               and not c.stale""")
    int defaultContactAssociates(@Bind("associates") long[] associateIds, @Bind("series") long seriesId);

    /** The mode changed: candidates who had no access before and have it now hold outdated credentials. */
    @SqlUpdate(
            """
            update results_credentials c set stale = true
              from entries e
              left join results_candidate_access a on a.candidate_id = e.candidate_id and a.series_id = e.series_id
             where e.candidate_id = c.candidate_id and e.series_id = c.series_id
               and e.centre_id = :centre and c.series_id = :series and not c.stale
               and not (:before = 'ALL' or (:before = 'SELECTED' and coalesce(a.selected, false)))
               and (:after = 'ALL' or (:after = 'SELECTED' and coalesce(a.selected, false)))""")
    int gainedByMode(
            @Bind("centre") long centreId,
            @Bind("series") long seriesId,
            @Bind("before") AccessMode before,
            @Bind("after") AccessMode after);

    /** Candidates ticked again after being unticked hold outdated credentials. */
    @SqlUpdate(
            """
            update results_credentials c set stale = true
             where c.series_id = :series and c.candidate_id in (<ids>) and not c.stale
               and not exists (select 1 from results_candidate_access a
                                where a.candidate_id = c.candidate_id and a.series_id = c.series_id and a.selected)""")
    int gainedBySelection(@Bind("series") long seriesId, @BindList("ids") Collection<Long> candidateIds);
}
