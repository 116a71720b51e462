package org.examdesk.bot.flows.learners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.client.LearnerModels.Learner;
import org.examdesk.admin.client.LearnerModels.OrderLearner;
import org.examdesk.admin.client.LearnerModels.OrderRequest;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.bot.flows.learners.LearnerChooser.Offered;

/**
 * What the registration flow has gathered, kept between turns: the learners chosen (and those offered for a name
 * that fits several, and the names still to choose for), whether the person said that is everyone, the product,
 * the course dates, the purchase-order number (asked once; none is an answer), and the total of the preview.
 */
record RegistrationState(
        List<Chosen> learners,
        List<Offered> offered,
        List<Waiting> waiting,
        boolean everyone,
        String productRef,
        String productTitle,
        LocalDate courseStart,
        LocalDate courseEnd,
        boolean poAsked,
        String poNumber) {

    /** A learner on the order: id and how the bot writes them. */
    record Chosen(long id, String name, String label) {
        static Chosen of(Learner l) {
            return new Chosen(l.id(), Wording.name(l), Wording.label(l));
        }
    }

    /** A name the message gave that fits several learners, to choose for after the one being asked about. */
    record Waiting(String described, List<Offered> learners) {}

    /** The steps of registering: who, anyone else, which product, the course dates, the PO number, confirm. */
    enum Step {
        WHO,
        MORE,
        PRODUCT,
        DATES,
        PO,
        CONFIRM
    }

    static final RegistrationState EMPTY =
            new RegistrationState(List.of(), List.of(), List.of(), false, null, null, null, null, false, null);

    RegistrationState {
        learners = learners == null ? List.of() : List.copyOf(learners);
        offered = offered == null ? List.of() : List.copyOf(offered);
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }

    /** This state with {@code learner} on the order (once), the choice that offered it answered. */
    RegistrationState with(Chosen learner) {
        List<Chosen> all = new ArrayList<>(learners);
        if (all.stream().noneMatch(c -> c.id() == learner.id())) {
            all.add(learner);
        }
        return new RegistrationState(
                all, List.of(), waiting, everyone, productRef, productTitle, courseStart, courseEnd, poAsked, poNumber);
    }

    /** This state asking to choose among {@code choices}, with {@code later} names to choose for after it. */
    RegistrationState offering(List<Offered> choices, List<Waiting> later) {
        return new RegistrationState(
                learners,
                choices,
                later,
                everyone,
                productRef,
                productTitle,
                courseStart,
                courseEnd,
                poAsked,
                poNumber);
    }

    RegistrationState everyoneNamed() {
        return new RegistrationState(
                learners, offered, waiting, true, productRef, productTitle, courseStart, courseEnd, poAsked, poNumber);
    }

    RegistrationState withProduct(Product p) {
        return new RegistrationState(
                learners,
                offered,
                waiting,
                everyone,
                p.reference(),
                p.title(),
                courseStart,
                courseEnd,
                poAsked,
                poNumber);
    }

    RegistrationState withCourse(OrderWords.Course course) {
        return new RegistrationState(
                learners,
                offered,
                waiting,
                everyone,
                productRef,
                productTitle,
                course.start(),
                course.end(),
                poAsked,
                poNumber);
    }

    /** This state with the PO number answered: {@code number}, or null for none. */
    RegistrationState withPo(String number) {
        return new RegistrationState(
                learners, offered, waiting, everyone, productRef, productTitle, courseStart, courseEnd, true, number);
    }

    List<String> names() {
        return learners.stream().map(Chosen::name).toList();
    }

    /** The order as the admin API takes it: every learner with the same course dates, on the one product. */
    OrderRequest order() {
        return new OrderRequest(
                List.of(productRef),
                learners.stream()
                        .map(c -> new OrderLearner(c.id(), courseStart, courseEnd))
                        .toList(),
                poNumber);
    }
}
