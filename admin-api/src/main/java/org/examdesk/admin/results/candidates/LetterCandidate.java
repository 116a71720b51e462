package org.examdesk.admin.results.candidates;

/** A candidate who gets a letter in a generation job. */
public record LetterCandidate(long candidateId, String candidateNumber, String forename, String surname) {
    public String name() {
        return forename + " " + surname;
    }
}
