package org.examdesk.admin.learners.bookings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.examdesk.admin.web.ApiException;

/** The sentences of bookings, and the refusals that name a unit or the learners at fault. */
final class BookingMessages {
    private BookingMessages() {}

    /** Refuses (422) a unit that is internally assessed or not offered by the chosen delivery method. */
    static void checkUnit(BookingDao.Unit unit, String delivery) {
        String named = "Unit " + unit.code() + " (" + unit.title() + ") of " + unit.productReference();
        if (!unit.type().equals("TESTABLE")) {
            throw ApiException.invalid(
                    named + " is internally assessed, not testable: only testable units are booked.", List.of("unit"));
        }
        boolean offered = delivery.equals("ONSCREEN") ? unit.onscreen() : unit.paper();
        if (!offered) {
            throw ApiException.invalid(
                    named + " is taken " + (unit.onscreen() ? "onscreen" : "on paper") + " only, not "
                            + (delivery.equals("ONSCREEN") ? "onscreen" : "on paper") + ".",
                    List.of("delivery"));
        }
    }

    /** Refuses (422) learners who are not at the caller's centre or not registered on the unit's product. */
    static void checkRegistered(
            List<BookingRequest.Learner> learners, Map<Long, BookingDao.Learner> found, BookingDao.Unit unit) {
        List<String> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            long id = learners.get(i).learnerId();
            BookingDao.Learner l = found.get(id);
            if (l == null || l.registrationId() == null) {
                fields.add("learners[" + i + "].learnerId");
                names.add(
                        l == null ? "learner " + id + " (not at your centre)" : l.name() + " (" + l.learnerRef() + ")");
            }
        }
        if (!fields.isEmpty()) {
            throw ApiException.invalid(
                    "Nothing was booked: only learners registered on " + unit.productReference() + " "
                            + unit.productTitle() + " can be booked, and " + String.join(", ", names)
                            + (names.size() == 1 ? " is" : " are") + " not. Register them first, or leave them out.",
                    fields);
        }
    }

    static String booked(List<BookingView> made, BookingDao.Unit unit) {
        BookingView first = made.get(0);
        String how = first.delivery().equals("PAPER") ? "paper-based" : "onscreen (" + first.mode() + ")";
        return "Booked " + made.size() + (made.size() == 1 ? " learner" : " learners") + " for the " + how + " test of "
                + "unit " + unit.code() + " " + unit.title() + " on " + first.ukTime()
                + " (UK time). The window is open "
                + "from " + BookingRules.uk(first.windowOpensAt()) + " to " + BookingRules.uk(first.windowClosesAt())
                + "; the booking can be amended or cancelled until the window opens.";
    }

    static String amended(BookingView after, boolean newPackage) {
        return "The " + after.unitCode() + " test of " + after.learnerName() + " is now on " + after.ukTime()
                + " (UK time)" + (after.mode() == null ? "" : ", " + after.mode()) + ", with "
                + (after.extraTimePercent() == 0 ? "no" : after.extraTimePercent() + " %") + " extra time."
                + (newPackage
                        ? " This is an offline test: download its test package again (version "
                                + after.packageVersion() + "), which replaces the old one; the old one's answers cannot"
                                + " be uploaded."
                        : "");
    }

    static String cancelled(BookingView after) {
        return "The " + after.unitCode() + " test of " + after.learnerName() + " on " + after.ukTime()
                + " (UK time) is cancelled.";
    }
}
