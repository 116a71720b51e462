package org.examdesk.admin.accounts;

import java.util.ArrayList;
import java.util.List;

/** The password rule of domain section 4: at least 8 characters, one upper-case letter and one digit. */
public final class PasswordRules {
    public static final String RULE = "at least 8 characters, with at least one upper-case letter and one digit";

    private PasswordRules() {}

    /** What is wrong with {@code password}, in words; empty when it follows the rule. */
    public static List<String> problems(String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < 8) {
            problems.add("shorter than 8 characters");
        }
        if (password == null || password.chars().noneMatch(Character::isUpperCase)) {
            problems.add("no upper-case letter");
        }
        if (password == null || password.chars().noneMatch(Character::isDigit)) {
            problems.add("no digit");
        }
        if (password != null && password.length() > 200) {
            problems.add("longer than 200 characters");
        }
        return problems;
    }
}
