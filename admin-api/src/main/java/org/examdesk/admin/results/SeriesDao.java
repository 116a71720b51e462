package org.examdesk.admin.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(SeriesRow.class)
@RegisterConstructorMapper(SeriesDao.SeriesEntries.class)
public interface SeriesDao {
    /** A series with the number of valid entries a centre has in it. */
    record SeriesEntries(long id, String name, String code, String board, LocalDate credentialsOpenFrom, int entries) {}

    @SqlQuery("select id, name, code, board, credentials_open_from from series where id = :id")
    Optional<SeriesRow> find(@Bind("id") long id);

    @SqlQuery(
            """
            select s.id, s.name, s.code, s.board, s.credentials_open_from, count(*) as entries
              from series s join entries e on e.series_id = s.id
             where e.centre_id = :centre and e.valid
             group by s.id order by s.credentials_open_from, s.id""")
    List<SeriesEntries> withEntries(@Bind("centre") long centreId);

    @SqlQuery("select count(*) from entries where centre_id = :centre and series_id = :series and valid")
    int validEntries(@Bind("centre") long centreId, @Bind("series") long seriesId);

    /** A new series (for demo data). */
    @SqlUpdate("insert into series (name, code, board, credentials_open_from) values (:name, :code, :board, :opens)")
    @GetGeneratedKeys("id")
    long insert(
            @Bind("name") String name,
            @Bind("code") String code,
            @Bind("board") String board,
            @Bind("opens") LocalDate opens);
}
