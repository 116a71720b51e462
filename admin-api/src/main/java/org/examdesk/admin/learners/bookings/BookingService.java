package org.examdesk.admin.learners.bookings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.examdesk.admin.accounts.Actor;
import org.examdesk.admin.accounts.Caller;
import org.examdesk.admin.accounts.CentreScope;
import org.examdesk.admin.audit.AuditLog;
import org.examdesk.admin.web.ApiException;
import org.examdesk.admin.web.Idempotency;
import org.jdbi.v3.core.Jdbi;

/**
 * Test bookings (domain section 3): making them for learners registered on the product, listing them, amending and
 * cancelling them before their window opens. Each change runs in one transaction with its audit rows, at most once
 * per Idempotency-Key; every check runs before the first write.
 */
final class BookingService {
    /** The answer to a booking: the bookings made and a sentence for the person. */
    record Booked(List<BookingView> bookings, String message) {}

    /** The answer to an amendment or a cancellation. */
    record Changed(BookingView booking, String message) {}

    private static final int LIST_LIMIT = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final Idempotency idempotency;

    BookingService(Jdbi jdbi, Clock clock, AuditLog audit, Idempotency idempotency) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    Idempotency.Outcome book(Actor actor, BookingRequest request, String key) {
        Instant now = clock.instant();
        BookingRules.Checked checked = BookingRules.check(request, now);
        long centre = CentreScope.ownCentre(actor.caller());
        return jdbi.inTransaction(h -> idempotency.run(h, actor, key, "POST bookings " + request, 201, () -> {
            BookingDao dao = h.attach(BookingDao.class);
            BookingDao.Unit unit = unit(dao, request, checked.delivery());
            List<BookingDao.Learner> learners = learners(dao, centre, request, unit);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < learners.size(); i++) {
                BookingDao.Learner l = learners.get(i);
                ids.add(dao.insert(
                        centre,
                        l.registrationId(),
                        l.id(),
                        unit.unitId(),
                        checked.delivery(),
                        checked.mode(),
                        request.learners().get(i).extraTime(),
                        checked.startsAt(),
                        actor.caller().id()));
            }
            List<BookingView> made = views(dao, ids, now);
            audit.recordAll(
                    h,
                    actor,
                    "BOOKING_MADE",
                    "booking",
                    made.stream()
                            .map(b -> new AuditLog.Target(String.valueOf(b.id()), b))
                            .toList());
            return new Booked(made, BookingMessages.booked(made, unit));
        }));
    }

    List<BookingView> list(Caller caller, Long learner, LocalDate from, LocalDate to) {
        Long centre = CentreScope.acrossCentres(caller) ? null : CentreScope.ownCentre(caller);
        Instant start = from == null ? null : from.atStartOfDay(BookingRules.UK).toInstant();
        Instant end =
                to == null ? null : to.plusDays(1).atStartOfDay(BookingRules.UK).toInstant();
        Instant now = clock.instant();
        return jdbi.withHandle(h -> h.attach(BookingDao.class).list(centre, learner, start, end, LIST_LIMIT).stream()
                .map(row -> BookingView.of(row, now))
                .toList());
    }

    BookingView get(Caller caller, long id) {
        return jdbi.withHandle(h -> BookingView.of(visible(h.attach(BookingDao.class), caller, id), clock.instant()));
    }

    Idempotency.Outcome amend(Actor actor, long id, BookingChange change, String key) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> idempotency.run(h, actor, key, "PUT bookings " + id + " " + change, 200, () -> {
            BookingDao dao = h.attach(BookingDao.class);
            dao.lock(id);
            BookingDao.Row row = visible(dao, actor.caller(), id);
            BookingAmendment.Applied applied = BookingAmendment.apply(row, change, now);
            dao.amend(id, applied.startsAt(), applied.mode(), applied.extraTimePercent(), applied.newPackage() ? 1 : 0);
            BookingView after = BookingView.of(dao.find(id).orElseThrow(), now);
            audit.record(h, actor, "BOOKING_AMENDED", "booking", String.valueOf(id), BookingView.of(row, now), after);
            return new Changed(after, BookingMessages.amended(after, applied.newPackage()));
        }));
    }

    Idempotency.Outcome cancel(Actor actor, long id, String key) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> idempotency.run(h, actor, key, "DELETE bookings " + id, 200, () -> {
            BookingDao dao = h.attach(BookingDao.class);
            dao.lock(id);
            BookingDao.Row row = visible(dao, actor.caller(), id);
            BookingAmendment.checkCancellable(row, now);
            dao.cancel(id);
            BookingView after = BookingView.of(dao.find(id).orElseThrow(), now);
            audit.record(h, actor, "BOOKING_CANCELLED", "booking", String.valueOf(id), BookingView.of(row, now), after);
            return new Changed(after, BookingMessages.cancelled(after));
        }));
    }

    private static BookingDao.Row visible(BookingDao dao, Caller caller, long id) {
        return dao.find(id)
                .filter(row -> CentreScope.covers(caller, row.centreId()))
                .orElseThrow(() -> ApiException.notFound("There is no booking " + id + " at your centre."));
    }

    private static List<BookingView> views(BookingDao dao, List<Long> ids, Instant now) {
        return dao.findAll(ids.stream().mapToLong(Long::longValue).toArray()).stream()
                .map(row -> BookingView.of(row, now))
                .toList();
    }

    /** The unit to book: of the product, testable, and offered by the chosen delivery method. */
    private static BookingDao.Unit unit(BookingDao dao, BookingRequest request, String delivery) {
        String product = request.product().trim();
        if (dao.products(product) == 0) {
            throw ApiException.invalid(
                    "There is no product " + product + ". Choose one from GET /api/v1/products.", List.of("product"));
        }
        BookingDao.Unit unit = dao.unit(product, request.unit().trim())
                .orElseThrow(() -> ApiException.invalid(
                        "Product " + product + " has no unit " + request.unit().trim() + ".", List.of("unit")));
        BookingMessages.checkUnit(unit, delivery);
        return unit;
    }

    /** The learners, in the request's order: each of the caller's centre, registered, and not booked already. */
    private static List<BookingDao.Learner> learners(
            BookingDao dao, long centre, BookingRequest request, BookingDao.Unit unit) {
        long[] ids = request.learners().stream()
                .mapToLong(BookingRequest.Learner::learnerId)
                .toArray();
        Map<Long, BookingDao.Learner> found = dao.learners(centre, ids, unit.productId()).stream()
                .collect(Collectors.toMap(BookingDao.Learner::id, Function.identity()));
        BookingMessages.checkRegistered(request.learners(), found, unit);
        List<Long> booked = dao.alreadyBooked(unit.unitId(), ids);
        if (!booked.isEmpty()) {
            throw ApiException.conflict("Nothing was booked: "
                    + booked.stream().map(id -> found.get(id).name()).collect(Collectors.joining(", "))
                    + " already " + (booked.size() == 1 ? "has" : "have") + " a booking for unit " + unit.code()
                    + ". Amend or cancel that booking instead (GET /api/v1/bookings?learner=...).");
        }
        return request.learners().stream().map(l -> found.get(l.learnerId())).toList();
    }
}
