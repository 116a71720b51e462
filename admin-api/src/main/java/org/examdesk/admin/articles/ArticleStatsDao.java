package org.examdesk.admin.articles;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Views and "was this helpful?" votes of the support articles (the articles themselves live in files). */
@RegisterConstructorMapper(ArticleStatsDao.Views.class)
@RegisterConstructorMapper(ArticleStatsDao.Votes.class)
@RegisterConstructorMapper(ArticleStatsDao.Vote.class)
interface ArticleStatsDao {
    record Views(String articleId, long views) {}

    record Votes(long helpful, long notHelpful) {}

    record Vote(long id, boolean helpful, String comment) {}

    @SqlQuery(
            """
            insert into article_views (article_id, views) values (:id, 1)
            on conflict (article_id) do update set views = article_views.views + 1, updated_at = now()
            returning views""")
    long addView(@Bind("id") String articleId);

    @SqlQuery("select article_id, views from article_views")
    List<Views> allViews();

    @SqlQuery("select article_id, views from article_views where article_id = any(:ids)")
    List<Views> views(@Bind("ids") String[] articleIds);

    @SqlQuery(
            """
            select count(*) filter (where helpful) as helpful, count(*) filter (where not helpful) as not_helpful
            from article_feedback where article_id = :id""")
    Votes votes(@Bind("id") String articleId);

    @SqlQuery("select id, helpful, comment from article_feedback where article_id = :id and user_id = :userId")
    Optional<Vote> userVote(@Bind("id") String articleId, @Bind("userId") long userId);

    @SqlQuery("select id, helpful, comment from article_feedback where article_id = :id and student_id = :studentId")
    Optional<Vote> studentVote(@Bind("id") String articleId, @Bind("studentId") long studentId);

    @SqlUpdate(
            """
            insert into article_feedback (article_id, user_id, helpful, comment) values (:id, :userId, :helpful, :comment)
            on conflict (article_id, user_id) where user_id is not null
            do update set helpful = excluded.helpful, comment = excluded.comment, updated_at = now()""")
    void upsertUserVote(
            @Bind("id") String articleId,
            @Bind("userId") long userId,
            @Bind("helpful") boolean helpful,
            @Bind("comment") String comment);

    @SqlUpdate(
            """
            insert into article_feedback (article_id, student_id, helpful, comment)
            values (:id, :studentId, :helpful, :comment)
            on conflict (article_id, student_id) where student_id is not null
            do update set helpful = excluded.helpful, comment = excluded.comment, updated_at = now()""")
    void upsertStudentVote(
            @Bind("id") String articleId,
            @Bind("studentId") long studentId,
            @Bind("helpful") boolean helpful,
            @Bind("comment") String comment);

    @SqlUpdate("insert into article_feedback (article_id, helpful, comment) values (:id, :helpful, :comment)")
    void insertAnonymousVote(
            @Bind("id") String articleId, @Bind("helpful") boolean helpful, @Bind("comment") String comment);
}
