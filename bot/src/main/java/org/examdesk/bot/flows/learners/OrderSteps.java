package org.examdesk.bot.flows.learners;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.LearnerModels.Order;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.admin.client.LearnerModels.ProductLine;
import org.examdesk.bot.engine.Turn;
import org.examdesk.bot.flows.learners.RegistrationState.Chosen;
import org.examdesk.bot.flows.learners.RegistrationState.Step;
import org.examdesk.bot.understanding.Slots;

/**
 * The order part of registering learners: asks for what the order lacks (anyone else, the product, the course
 * dates, the purchase-order number), shows the admin API's preview with the cost, and places it once, as the
 * person talking with an idempotency key. A learner already registered on the product (409) is explained.
 */
final class OrderSteps {
    static final String PRODUCT = "product:";
    static final String NO_PO = "po:none";
    static final String PLACE = "do:order";

    private final Function<AdminClient.Caller, CentreLearners> learners;

    OrderSteps(Function<AdminClient.Caller, CentreLearners> learners) {
        this.learners = learners;
    }

    static ProductNames<Product> names(List<Product> products) {
        return new ProductNames<>(products, Product::reference, Product::title);
    }

    /** Asks for the next thing the order lacks, or shows the preview to confirm. */
    void next(Turn turn) {
        RegistrationState s = turn.state().read(RegistrationState.class);
        String who = Wording.names(s.names());
        if (!s.everyone()) {
            turn.state().step(Step.MORE);
            turn.choices(
                    "On the order so far: "
                            + Wording.names(
                                    s.learners().stream().map(Chosen::label).toList())
                            + ". Anyone else to register on the same order? Type their name, or:",
                    List.of(turn.option("That's everyone", RegisterLearnersFlow.EVERYONE)));
        } else if (s.productRef() == null) {
            askProduct(turn, products(turn), "Which qualification should I register " + who + " on?");
        } else if (s.courseStart() == null) {
            turn.state().step(Step.DATES);
            turn.say("When does the course start and end? Give both dates, start first, for example "
                    + "1/9/2026 to 30/6/2028.");
        } else if (!s.poAsked()) {
            turn.state().step(Step.PO);
            turn.choices(
                    "Is there a purchase-order number for this order? Type it, or:",
                    List.of(turn.option("No PO number", NO_PO)));
        } else {
            preview(turn, s);
        }
    }

    void resume(Turn turn, Step step) {
        RegistrationState s = turn.state().read(RegistrationState.class);
        String text = turn.text() == null ? "" : turn.text();
        switch (step) {
            case PRODUCT -> onProduct(turn, s, text);
            case DATES -> onDates(turn, s, text);
            case PO -> onPo(turn, s, text);
            case CONFIRM -> onConfirm(turn, s, text);
            default -> next(turn);
        }
    }

    private void onProduct(Turn turn, RegistrationState s, String text) {
        List<Product> all = products(turn);
        String action = turn.action();
        List<Product> chosen = action != null && action.startsWith(PRODUCT)
                ? all.stream()
                        .filter(p -> p.reference().equals(action.substring(PRODUCT.length())))
                        .toList()
                : names(all).named(text);
        if (chosen.size() == 1) {
            turn.state().write(s.withProduct(chosen.get(0)));
            next(turn);
        } else if (chosen.size() > 1) {
            askProduct(turn, chosen, "Which of these?");
        } else {
            askProduct(
                    turn,
                    all,
                    "I can't find an orderable product by that name (only approved, in-date ones can be "
                            + "ordered). Which one?");
        }
    }

    private void askProduct(Turn turn, List<Product> products, String question) {
        turn.state().step(Step.PRODUCT);
        turn.choices(
                question,
                products.stream()
                        .map(p -> turn.option(
                                p.title() + " (" + p.reference() + ", " + Wording.money(p.pricePence()) + ")",
                                PRODUCT + p.reference()))
                        .toList());
    }

    private void onDates(Turn turn, RegistrationState s, String text) {
        Optional<OrderWords.Course> course = OrderWords.course(text);
        if (course.isEmpty()) {
            turn.say("I need the two dates, start first, as day/month/year or like 1 September 2026: for example "
                    + "1/9/2026 to 30/6/2028. Or say \"cancel\".");
        } else if (!course.get().start().isBefore(course.get().end())) {
            turn.say("The course must end after it starts. Give the start date first, then the end date.");
        } else {
            turn.state().write(s.withCourse(course.get()));
            next(turn);
        }
    }

    private void onPo(Turn turn, RegistrationState s, String text) {
        if (NO_PO.equals(turn.action()) || !text.isEmpty() && OrderWords.saysNone(text)) {
            turn.state().write(s.withPo(null));
            next(turn);
            return;
        }
        Optional<String> po = text.isEmpty() ? Optional.empty() : OrderWords.answeredPo(text);
        if (po.isEmpty()) {
            turn.say("Type the purchase-order number (up to " + OrderWords.PO_MAX + " letters and digits), or press "
                    + "\"No PO number\".");
            return;
        }
        turn.state().write(s.withPo(po.get()));
        next(turn);
    }

    private void preview(Turn turn, RegistrationState s) {
        try {
            Order preview = learners(turn).preview(s.order());
            turn.state().step(Step.CONFIRM);
            turn.confirm(summary(s, preview) + " Shall I place the order?", PLACE);
        } catch (AdminApiException e) {
            refused(turn, e);
        }
    }

    private static String summary(RegistrationState s, Order preview) {
        ProductLine line = preview.products().get(0);
        int count = line.learners().size();
        return "Register "
                + Wording.names(s.learners().stream().map(Chosen::label).toList()) + " on "
                + line.reference() + " " + line.title() + ", course from " + Dates.show(s.courseStart()) + " to "
                + Dates.show(s.courseEnd())
                + (s.poNumber() == null ? ", with no purchase-order number" : ", purchase order " + s.poNumber())
                + ". Cost: " + Wording.money(line.pricePence()) + " per registration"
                + (count == 1 ? "" : " \u00d7 " + count)
                + " = " + Wording.money(preview.totalPence()) + " in total, invoiced to your centre.";
    }

    private void onConfirm(Turn turn, RegistrationState s, String text) {
        Slots.YesNo typed = text.isEmpty() ? Slots.YesNo.UNCLEAR : Slots.yesNo(text);
        if (typed == Slots.YesNo.NO) {
            turn.state().clear();
            turn.say("Fine, I have ordered nothing. What else can I help with?");
            return;
        }
        if (!PLACE.equals(turn.action()) && typed != Slots.YesNo.YES) {
            turn.say("Please answer with the buttons above (or type yes or no), or say \"cancel\".");
            return;
        }
        AdminClient.Caller once = turn.adminOnce("order");
        try {
            Order placed = learners.apply(once).place(s.order());
            turn.state().clear();
            turn.say("Done: order " + placed.orderId() + " registers " + Wording.names(s.names()) + " on "
                    + s.productRef() + " " + s.productTitle() + ", " + Wording.money(placed.totalPence())
                    + " in total (not invoiced yet). Reference: " + once.reference() + ".");
        } catch (AdminApiException e) {
            refused(turn, e);
        }
    }

    /** An order the admin API will not take: a learner already registered (409) is explained, the rest said. */
    private static void refused(Turn turn, AdminApiException e) {
        if (e.status() != 409 && e.status() != 422) {
            throw e;
        }
        turn.state().clear();
        turn.say("I have not placed the order. " + e.getMessage());
        if (e.status() == 409) {
            turn.say("A learner is registered on a product only once: a registration that is active or completed "
                    + "still counts (only a cancelled one does not), so there is nothing to register again. If you "
                    + "meant another product or another learner, tell me.");
        }
    }

    private List<Product> products(Turn turn) {
        return products(turn, learners(turn));
    }

    /** The products the centre may order, asked of the admin API once a turn. */
    static List<Product> products(Turn turn, CentreLearners api) {
        return turn.once("products", api::products);
    }

    private CentreLearners learners(Turn turn) {
        return learners.apply(turn.admin());
    }
}
