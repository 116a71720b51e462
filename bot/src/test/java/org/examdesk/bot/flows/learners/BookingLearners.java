package org.examdesk.bot.flows.learners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.examdesk.admin.client.LearnerModels.Amended;
import org.examdesk.admin.client.LearnerModels.History;
import org.examdesk.admin.client.LearnerModels.LearnerDetail;
import org.examdesk.admin.client.LearnerModels.LearnerMatches;
import org.examdesk.admin.client.LearnerModels.LearnerPage;
import org.examdesk.admin.client.LearnerModels.Order;
import org.examdesk.admin.client.LearnerModels.OrderRequest;
import org.examdesk.admin.client.LearnerModels.Product;
import org.examdesk.admin.client.LearnerModels.Registration;
import org.examdesk.admin.client.LearnerModels.ResultPage;

/**
 * The learners of {@link FakeCentreLearners} with the registrations the booking and claim flows need: Amir Khan on
 * the BTEC Sport (registration 20), Ruby Taylor on the Mathematics (21) and the BTEC Sport (22), both in the learner
 * group "Year 13 BTEC Sport" (7).
 */
final class BookingLearners implements CentreLearners {
    final FakeCentreLearners fake = new FakeCentreLearners();

    @Override
    public List<Product> products() {
        return fake.products();
    }

    @Override
    public LearnerMatches match(String words) {
        return fake.match(words);
    }

    @Override
    public LearnerPage search(Map<String, String> filters) {
        if ("7".equals(filters.get("group"))) {
            return new LearnerPage(List.of(FakeCentreLearners.AMIR, FakeCentreLearners.RUBY), 2, 1, 50);
        }
        return fake.search(filters);
    }

    @Override
    public List<Group> groups(String name) {
        List<Group> all = new ArrayList<>(fake.groups(name));
        if ("year 13 btec sport".contains(name.toLowerCase(Locale.ROOT))) {
            all.add(new Group(7, "Year 13 BTEC Sport", "SUBMITTED", 2, 0));
        }
        return all;
    }

    @Override
    public LearnerDetail get(long id) {
        LearnerDetail d = fake.get(id);
        List<Registration> registrations = id == 2
                ? List.of(active(20, FakeCentreLearners.SPORT))
                : id == 3
                        ? List.of(active(21, FakeCentreLearners.MATHS), active(22, FakeCentreLearners.SPORT))
                        : d.registrations();
        return new LearnerDetail(
                d.learner(),
                new History(registrations, List.of(), List.of()),
                registrations,
                d.results(),
                d.amendment(),
                d.amendmentAvailable());
    }

    private static Registration active(long id, Product p) {
        return new Registration(
                id,
                p.reference(),
                p.title(),
                p.kind(),
                5,
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 6, 30),
                p.pricePence(),
                "ACTIVE");
    }

    @Override
    public Order preview(OrderRequest order) {
        return fake.preview(order);
    }

    @Override
    public Order place(OrderRequest order) {
        return fake.place(order);
    }

    @Override
    public Amended amend(long id, String field, String value) {
        return fake.amend(id, field, value);
    }

    @Override
    public ResultPage results(Map<String, String> filters) {
        return fake.results(filters);
    }
}
