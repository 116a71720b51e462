package org.examdesk.admin.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contact-form cascade (customer type, issue type, category, subcategory; qualification, subject), read
 * from the editable data file {@code cases/taxonomy.json}. {@link #view()} is what forms and the bot show.
 */
public final class Taxonomy {
    public record Choice(String value, String label) {}

    public record CategoryView(String value, String label, List<Choice> subcategories) {}

    public record IssueTypeView(String value, String label, List<CategoryView> categories) {}

    public record CustomerTypeView(String value, String label, boolean chat, List<IssueTypeView> issueTypes) {}

    public record QualificationView(String value, String label, List<Choice> subjects) {}

    public record View(List<CustomerTypeView> customerTypes, List<QualificationView> qualifications) {}

    @JsonIgnoreProperties("_comment")
    record File(
            Map<String, CategoryFile> categories,
            List<CustomerTypeFile> customerTypes,
            List<QualificationView> qualifications) {}

    record CategoryFile(String label, List<Choice> subcategories) {}

    record CustomerTypeFile(String value, String label, boolean chat, List<IssueTypeFile> issueTypes) {}

    record IssueTypeFile(String value, String label, List<String> categories) {}

    private final View view;

    private Taxonomy(View view) {
        this.view = view;
    }

    static Taxonomy load(ObjectMapper json, String resource) {
        return of(DataFile.read(json, resource, File.class, "case taxonomy"), resource);
    }

    private static Taxonomy of(File file, String source) {
        List<CustomerTypeView> customers = new ArrayList<>();
        for (CustomerTypeFile c : file.customerTypes()) {
            List<IssueTypeView> issues = new ArrayList<>();
            for (IssueTypeFile i : c.issueTypes()) {
                List<CategoryView> categories = new ArrayList<>();
                for (String value : i.categories()) {
                    CategoryFile category = file.categories().get(value);
                    if (category == null) {
                        throw new IllegalStateException(source + ": issue type '" + i.value() + "' names category '"
                                + value + "', which is not defined under \"categories\".");
                    }
                    categories.add(new CategoryView(value, category.label(), List.copyOf(category.subcategories())));
                }
                issues.add(new IssueTypeView(i.value(), i.label(), List.copyOf(categories)));
            }
            customers.add(new CustomerTypeView(c.value(), c.label(), c.chat(), List.copyOf(issues)));
        }
        return new Taxonomy(new View(List.copyOf(customers), List.copyOf(file.qualifications())));
    }

    public View view() {
        return view;
    }

    Optional<CustomerTypeView> customerType(String value) {
        return view.customerTypes().stream()
                .filter(c -> c.value().equals(value))
                .findFirst();
    }

    static Optional<IssueTypeView> issueType(CustomerTypeView customer, String value) {
        return customer.issueTypes().stream()
                .filter(i -> i.value().equals(value))
                .findFirst();
    }

    static Optional<CategoryView> category(IssueTypeView issue, String value) {
        return issue.categories().stream().filter(c -> c.value().equals(value)).findFirst();
    }

    static boolean hasChoice(List<Choice> choices, String value) {
        return choices.stream().anyMatch(c -> c.value().equals(value));
    }

    Optional<QualificationView> qualification(String value) {
        return view.qualifications().stream()
                .filter(q -> q.value().equals(value))
                .findFirst();
    }

    /** The label of a category value wherever it appears, or the value itself. */
    public String categoryLabel(String value) {
        return view.customerTypes().stream()
                .flatMap(c -> c.issueTypes().stream())
                .flatMap(i -> i.categories().stream())
                .filter(c -> c.value().equals(value))
                .map(CategoryView::label)
                .findFirst()
                .orElse(value);
    }

    /** The label of a subcategory of {@code category}, or the value itself. */
    String subcategoryLabel(String category, String value) {
        return view.customerTypes().stream()
                .flatMap(c -> c.issueTypes().stream())
                .flatMap(i -> i.categories().stream())
                .filter(c -> c.value().equals(category))
                .flatMap(c -> c.subcategories().stream())
                .filter(c -> c.value().equals(value))
                .map(Choice::label)
                .findFirst()
                .orElse(value);
    }

    /** The label of a qualification, or the value itself. */
    String qualificationLabel(String value) {
        return qualification(value).map(QualificationView::label).orElse(value);
    }

    /** The label of a subject of {@code qualification}, or the value itself. */
    String subjectLabel(String qualification, String value) {
        return qualification(qualification)
                .flatMap(q -> q.subjects().stream()
                        .filter(c -> c.value().equals(value))
                        .findFirst())
                .map(Choice::label)
                .orElse(value);
    }
}
