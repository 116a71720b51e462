package org.examdesk.bot.flows.cases;

import org.examdesk.admin.client.AdminClient;
import org.examdesk.admin.client.CaseModels.Attachment;
import org.examdesk.admin.client.CaseModels.CaseDetails;
import org.examdesk.admin.client.CaseModels.CasePage;
import org.examdesk.admin.client.CaseModels.ContactDefaults;
import org.examdesk.admin.client.CaseModels.NewCase;
import org.examdesk.admin.client.CaseModels.Opened;
import org.examdesk.admin.client.CaseModels.Taxonomy;
import org.examdesk.admin.client.CasesClient;

/**
 * What the case flows need of the admin API's cases, as one small interface: so a flow can be tested against a
 * fake, without a server. {@link #over} is the real one, the admin API called as {@code caller}.
 */
public interface SupportCases {
    /** The contact form's cascade: customer types, issue types, categories, qualifications. */
    Taxonomy taxonomy();

    Opened open(NewCase request);

    /** The caller's own cases, most recently updated first (the first page). */
    default CasePage mine() {
        return mine(null, "updated");
    }

    /**
     * The first page of the caller's own cases: {@code status} null, a status, "open" or "finished"; {@code sort}
     * one of "updated", "created" (newest first), "-created", "due".
     */
    CasePage mine(String status, String sort);

    /** Attaches a file to one of the caller's cases; the admin API's refusal (size, type, case) as an exception. */
    Attachment attach(String number, String fileName, String contentType, byte[] content);

    /** One of the caller's cases by its number; a 404 when it is not theirs or does not exist. */
    CaseDetails find(String number);

    /** Adds the caller's comment to one of their cases. */
    void comment(String number, String text);

    /** The caller's contact details to pre-fill: those of their previous case, else their profile's. */
    ContactDefaults contactDefaults();

    static SupportCases over(AdminClient.Caller caller) {
        CasesClient client = new CasesClient(caller);
        return new SupportCases() {
            @Override
            public Taxonomy taxonomy() {
                return client.taxonomy();
            }

            @Override
            public Opened open(NewCase request) {
                return client.open(request);
            }

            @Override
            public CasePage mine(String status, String sort) {
                return client.mine(status, sort, 1);
            }

            @Override
            public Attachment attach(String number, String fileName, String contentType, byte[] content) {
                return client.attach(number, fileName, contentType, content);
            }

            @Override
            public CaseDetails find(String number) {
                return client.find(number);
            }

            @Override
            public void comment(String number, String text) {
                client.comment(number, text);
            }

            @Override
            public ContactDefaults contactDefaults() {
                return client.contactDefaults();
            }
        };
    }
}
