package org.examdesk.bot.channels.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.examdesk.admin.client.CaseModels.Category;
import org.examdesk.admin.client.CaseModels.Choice;
import org.examdesk.admin.client.CaseModels.CustomerType;
import org.examdesk.admin.client.CaseModels.IssueType;
import org.examdesk.admin.client.CaseModels.Qualification;
import org.examdesk.admin.client.CaseModels.Taxonomy;
import org.examdesk.knowledge.SearchHit;

/**
 * The open-a-case modal: the category cascade as selects that fill in as each is chosen (customer type, issue type,
 * category, subcategory; qualification, subject), articles that may answer it without a case, then subject,
 * description and how to respond. A select's block id carries its parent's value, so changing a parent clears the
 * children. Values are read by action id.
 */
public final class CaseModal {
    public static final String CALLBACK = "open_case";
    public static final String CUSTOMER_TYPE = "customerType";
    public static final String ISSUE_TYPE = "issueType";
    public static final String CATEGORY = "category";
    public static final String SUBCATEGORY = "subcategory";
    public static final String QUALIFICATION = "qualification";
    public static final String QUALIFICATION_SUBJECT = "qualificationSubject";
    public static final String SUBJECT = "subject";
    public static final String DESCRIPTION = "description";
    public static final String SUPPORT_OPTION = "supportOption";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String CONTACT_COUNTRY = "contactCountry";
    public static final String CONTACT_LANGUAGE = "contactLanguage";
    public static final String CONTACT_INSTITUTION = "contactInstitution";

    /** The contact details (seed 004: every one required), by field, with their labels in the form. */
    public static final Map<String, String> CONTACT = contactLabels();
    /** The selects whose choice changes the form. */
    public static final List<String> CASCADE = List.of(CUSTOMER_TYPE, ISSUE_TYPE, CATEGORY, SUBCATEGORY, QUALIFICATION);

    private final URI helpBase;

    private static Map<String, String> contactLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(CONTACT_NAME, "Your name");
        labels.put(CONTACT_EMAIL, "Email for our reply");
        labels.put(CONTACT_PHONE, "Phone number");
        labels.put(CONTACT_COUNTRY, "Country");
        labels.put(CONTACT_LANGUAGE, "Language for our reply");
        labels.put(CONTACT_INSTITUTION, "School, college, institution or role");
        return Collections.unmodifiableMap(labels);
    }

    public CaseModal(URI helpBase) {
        this.helpBase = helpBase;
    }

    /** What the person has chosen and typed so far, by field. */
    public static Map<String, String> values(ViewState state) {
        Map<String, String> out = new LinkedHashMap<>();
        if (state == null || state.getValues() == null) {
            return out;
        }
        state.getValues()
                .values()
                .forEach(block -> block.forEach((actionId, value) -> {
                    String v = value.getSelectedOption() != null
                            ? value.getSelectedOption().getValue()
                            : value.getValue();
                    if (v != null && !v.isBlank()) {
                        out.put(actionId, v.strip());
                    }
                }));
        return out;
    }

    /** The labels of what is chosen, by field, for "articles for you"; only choices valid under their parents. */
    public static Map<String, String> labels(Taxonomy t, Map<String, String> chosen) {
        Map<String, String> out = new LinkedHashMap<>();
        Qualification q = find(t.qualifications(), chosen.get(QUALIFICATION), Qualification::value);
        if (q != null) {
            out.put(QUALIFICATION, q.label());
            put(out, QUALIFICATION_SUBJECT, find(q.subjects(), chosen.get(QUALIFICATION_SUBJECT), Choice::value));
        }
        CustomerType c = find(t.customerTypes(), chosen.get(CUSTOMER_TYPE), CustomerType::value);
        IssueType i = c == null ? null : find(c.issueTypes(), chosen.get(ISSUE_TYPE), IssueType::value);
        Category k = i == null ? null : find(i.categories(), chosen.get(CATEGORY), Category::value);
        if (c != null) {
            out.put(CUSTOMER_TYPE, c.label());
        }
        if (i != null) {
            out.put(ISSUE_TYPE, i.label());
        }
        if (k != null) {
            out.put(CATEGORY, k.label());
            put(out, SUBCATEGORY, find(k.subcategories(), chosen.get(SUBCATEGORY), Choice::value));
        }
        return out;
    }

    private static void put(Map<String, String> out, String field, Choice choice) {
        if (choice != null) {
            out.put(field, choice.label());
        }
    }

    public View view(Taxonomy taxonomy, Map<String, String> chosen, List<SearchHit> articles) {
        List<LayoutBlock> blocks = new ArrayList<>();
        CustomerType customer = find(taxonomy.customerTypes(), chosen.get(CUSTOMER_TYPE), CustomerType::value);
        blocks.add(select(
                CUSTOMER_TYPE,
                "",
                "Who are you?",
                options(taxonomy.customerTypes(), CustomerType::value, CustomerType::label),
                chosen));
        IssueType issue =
                customer == null ? null : find(customer.issueTypes(), chosen.get(ISSUE_TYPE), IssueType::value);
        if (customer != null) {
            blocks.add(select(
                    ISSUE_TYPE,
                    customer.value(),
                    "What is it about?",
                    options(customer.issueTypes(), IssueType::value, IssueType::label),
                    chosen));
        }
        Category category = issue == null ? null : find(issue.categories(), chosen.get(CATEGORY), Category::value);
        if (issue != null) {
            blocks.add(select(
                    CATEGORY,
                    issue.value(),
                    "Category",
                    options(issue.categories(), Category::value, Category::label),
                    chosen));
        }
        if (category != null) {
            blocks.add(
                    select(SUBCATEGORY, category.value(), "In more detail", choices(category.subcategories()), chosen));
        }
        Qualification qualification = find(taxonomy.qualifications(), chosen.get(QUALIFICATION), Qualification::value);
        blocks.add(select(
                QUALIFICATION,
                "",
                "Qualification",
                options(taxonomy.qualifications(), Qualification::value, Qualification::label),
                chosen));
        if (qualification != null) {
            blocks.add(select(
                    QUALIFICATION_SUBJECT,
                    qualification.value(),
                    "Subject of the qualification",
                    choices(qualification.subjects()),
                    chosen));
        }
        blocks.addAll(articleBlocks(articles));
        blocks.add(input(
                i -> i.blockId(SUBJECT).label(plainText("Subject")).element(plainTextInput(p -> p.actionId(SUBJECT)
                        .maxLength(200)))));
        blocks.add(input(i -> i.blockId(DESCRIPTION)
                .label(plainText("What happened?"))
                .hint(plainText("Names, UCIs and what you tried help us answer first time."))
                .element(plainTextInput(
                        p -> p.actionId(DESCRIPTION).multiline(true).maxLength(3000)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "*Your contact details*: filled in from your last case where we have them; please check them.")))));
        CONTACT.forEach((field, label) -> blocks.add(
                input(i -> i.blockId(field).label(plainText(label)).element(plainTextInput(p -> p.actionId(field)
                        .maxLength(field.equals(CONTACT_EMAIL) ? 254 : 200)
                        .initialValue(chosen.get(field)))))));
        blocks.add(select(
                SUPPORT_OPTION,
                "",
                "How should we respond?",
                List.of(
                        option(plainText("A written reply (we aim to respond within 48 hours)"), "MESSAGE"),
                        option(plainText("A phone call"), "CALL")),
                chosen));
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK)
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text("Open a case")
                        .build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text("Open the case")
                        .build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .blocks(blocks)
                .build();
    }

    private List<LayoutBlock> articleBlocks(List<SearchHit> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder("*These articles may answer it without a case:*");
        for (SearchHit hit : articles) {
            text.append("\n• <")
                    .append(helpBase.resolve("/help/" + hit.id()))
                    .append('|')
                    .append(BlockKit.escape(hit.title()))
                    .append('>');
        }
        return List.of(
                section(s -> s.text(markdownText(text.toString()))),
                context(c -> c.elements(List.of(plainText("Still need us? Carry on below.")))));
    }

    private static LayoutBlock select(
            String field, String parent, String label, List<OptionObject> options, Map<String, String> chosen) {
        OptionObject initial = options.stream()
                .filter(o -> o.getValue().equals(chosen.get(field)))
                .findFirst()
                .orElse(null);
        return input(i -> i.blockId(field + "." + parent)
                .dispatchAction(CASCADE.contains(field))
                .label(plainText(label))
                .element(staticSelect(s -> s.actionId(field)
                        .placeholder(plainText("Choose"))
                        .options(options)
                        .initialOption(initial))));
    }

    private static <T> List<OptionObject> options(List<T> items, Function<T, String> value, Function<T, String> label) {
        return items.stream()
                .map(item -> option(plainText(BlockKit.label(label.apply(item))), value.apply(item)))
                .limit(100)
                .toList();
    }

    private static List<OptionObject> choices(List<Choice> items) {
        return options(items, Choice::value, Choice::label);
    }

    private static <T> T find(List<T> items, String wanted, Function<T, String> value) {
        return wanted == null
                ? null
                : items.stream()
                        .filter(i -> wanted.equals(value.apply(i)))
                        .findFirst()
                        .orElse(null);
    }
}
