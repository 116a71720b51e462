package org.examdesk.bot.flows.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examdesk.admin.client.AdminApiException;
import org.examdesk.admin.client.ResultsModels.Series;

/**
 * The verification-code export in memory: June 2026 with two entered candidates without an account, November 2026
 * with no entries; every export is recorded. {@link #refusal}, when set, is what the admin API answers every call.
 */
final class FakeCodesExport implements CodesExport {
    static final Series JUNE = new Series(11, "June 2026", "EXB", LocalDate.of(2026, 3, 23), true, 42);
    static final Series NOVEMBER = new Series(12, "November 2026", "EXB", LocalDate.of(2026, 10, 1), true, 0);
    static final String HEADER = "Forename,Surname,UCI,Verification code,Activation URL,Code expires";

    final List<String> exports = new ArrayList<>();
    /** The candidates entered for June with no account yet: each export gives them codes once. */
    final List<String> withoutAccount = new ArrayList<>(
            List.of(
                    "Alex,Entrant1,401232600301A,K7P2-Q9XZ,https://results.example/activate?code=K7P2-Q9XZ,2027-01-01T00:00:00Z",
                    "Jordan,Entrant2,401232600302B,M4R8-T2WV,https://results.example/activate?code=M4R8-T2WV,2027-01-01T00:00:00Z"));

    AdminApiException refusal;

    @Override
    public List<Series> series() {
        refuseIfSet();
        return List.of(JUNE, NOVEMBER);
    }

    @Override
    public String export(String seriesKey, boolean reissue) {
        refuseIfSet();
        exports.add(seriesKey + (reissue ? " reissue" : ""));
        if (!seriesKey.equals("june-2026")) {
            throw new AdminApiException(
                    404, "not_found", "Your centre has no exam entries for the series '" + seriesKey + "'.", List.of());
        }
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(withoutAccount);
        withoutAccount.clear();
        return String.join("\r\n", lines) + "\r\n";
    }

    private void refuseIfSet() {
        if (refusal != null) {
            throw refusal;
        }
    }
}
