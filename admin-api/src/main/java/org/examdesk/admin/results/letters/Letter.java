package org.examdesk.admin.results.letters;

/**
 * The contents of one "Confidential examination results information" letter. {@link #toString()} leaves the
 * password out, so a letter that reaches a log line never leaks it.
 */
public record Letter(
        String centreName,
        String centreNumber,
        String seriesName,
        String candidateName,
        String candidateNumber,
        String username,
        String password,
        String answeredBy,
        String contactName,
        String contactPhone,
        String contactEmail,
        int delayDays) {

    @Override
    public String toString() {
        return "Letter[" + centreNumber + "/" + candidateNumber + ", " + seriesName + ", username=" + username
                + ", password=(hidden)]";
    }
}
