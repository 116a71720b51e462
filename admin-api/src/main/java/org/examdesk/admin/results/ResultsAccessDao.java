package org.examdesk.admin.results;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AccessSettings.class)
public interface ResultsAccessDao {
    @SqlQuery(
            """
            select mode, agreed_to_handle_queries, contact_name, contact_phone, contact_email, delay_days
              from results_access where centre_id = :centre and series_id = :series""")
    Optional<AccessSettings> find(@Bind("centre") long centreId, @Bind("series") long seriesId);

    default AccessSettings get(long centreId, long seriesId) {
        return find(centreId, seriesId).orElse(AccessSettings.none());
    }

    @SqlUpdate(
            """
            insert into results_access (centre_id, series_id, mode, agreed_to_handle_queries, contact_name,
                                        contact_phone, contact_email, delay_days, updated_at)
            values (:centre, :series, :s.mode, :s.agreedToHandleQueries, :s.contactName, :s.contactPhone,
                    :s.contactEmail, :s.delayDays, now())
            on conflict (centre_id, series_id) do update
               set mode = excluded.mode, agreed_to_handle_queries = excluded.agreed_to_handle_queries,
                   contact_name = excluded.contact_name, contact_phone = excluded.contact_phone,
                   contact_email = excluded.contact_email, delay_days = excluded.delay_days, updated_at = now()""")
    void save(@Bind("centre") long centreId, @Bind("series") long seriesId, @BindMethods("s") AccessSettings settings);
}
