package org.examdesk.admin.results.associates;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AssociateAccess.class)
public interface AssociateDao {
    @SqlQuery(
            """
            select give_access, contact_mode, delay_days from results_associate_access
             where associate_centre_id = :centre and series_id = :series""")
    Optional<AssociateAccess> find(@Bind("centre") long associateId, @Bind("series") long seriesId);

    default AssociateAccess get(long associateId, long seriesId) {
        return find(associateId, seriesId).orElse(AssociateAccess.none());
    }

    @SqlUpdate(
            """
            insert into results_associate_access (associate_centre_id, series_id, give_access, contact_mode, delay_days)
            values (:centre, :series, :a.giveAccess, :a.contactMode, :a.delayDays)
            on conflict (associate_centre_id, series_id) do update
               set give_access = excluded.give_access, contact_mode = excluded.contact_mode,
                   delay_days = excluded.delay_days""")
    void save(
            @Bind("centre") long associateId, @Bind("series") long seriesId, @BindMethods("a") AssociateAccess access);

    @SqlQuery(
            "select use_defaults from results_associate_policy where parent_centre_id = :parent and series_id = :series")
    Optional<Boolean> useDefaults(@Bind("parent") long parentId, @Bind("series") long seriesId);

    @SqlUpdate(
            """
            insert into results_associate_policy (parent_centre_id, series_id, use_defaults)
            values (:parent, :series, :useDefaults)
            on conflict (parent_centre_id, series_id) do update set use_defaults = excluded.use_defaults""")
    void saveUseDefaults(
            @Bind("parent") long parentId, @Bind("series") long seriesId, @Bind("useDefaults") boolean useDefaults);
}
