package org.examdesk.admin.results;

/** A candidate who gets a letter in a generation job. */
public record LetterCandidate(long candidateId, String candidateNumber, String forename, String surname) {
    String name() {
        return forename + " " + surname;
    }
}
