package org.examdesk.admin.names;

/**
 * One of a person's names answers to one term of a name query, as the database found it: {@code id} is the
 * student's or learner's, {@code field} FORENAME or SURNAME (given or family name), {@code term} the term's number
 * (from 1, in the order of {@link NameQuery#terms}), {@code exact} false when it is one edit away. The keys are
 * the whole names folded, for ordering.
 */
public record NameHit(long id, String surnameKey, String forenameKey, String field, int term, boolean exact) {}
