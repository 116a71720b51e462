package org.examdesk.admin.learners;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The board's products, for the product list, for checking the products of an order, and for searching results. */
@RegisterConstructorMapper(ProductView.class)
interface ProductDao {
    String SELECT = "select id, reference, title, kind, price_pence, approved, in_date from products";

    /** Approved, in-date products whose title or reference contains {@code pattern} (a LIKE pattern). */
    @SqlQuery(SELECT + " where approved and in_date and (lower(title) like :pattern escape '!' "
            + "or lower(reference) like :pattern escape '!') order by title, reference limit :limit")
    List<ProductView> orderable(@Bind("pattern") String pattern, @Bind("limit") int limit);

    /** The ids of the products (any state) whose title or reference contains {@code pattern} (a LIKE pattern). */
    @SqlQuery("select id from products where lower(title) like :pattern escape '!' "
            + "or lower(reference) like :pattern escape '!'")
    List<Long> matching(@Bind("pattern") String pattern);

    /** The products with these references (any state), in no particular order. */
    @SqlQuery(SELECT + " where reference = any(:refs)")
    List<ProductView> byReferences(@Bind("refs") String[] references);
}
