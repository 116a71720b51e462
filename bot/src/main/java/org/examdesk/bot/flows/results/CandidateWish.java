package org.examdesk.bot.flows.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a results-access request asks about particular candidates, read from its words: give named (or some)
 * candidates access, take named candidates off, or turn access off for everyone; and the names, candidate
 * numbers and UCIs it names, each a term to search for. Requests about every candidate, associates, the delay
 * or the contact are not this ({@link #of} answers null) and stay with giving everyone access.
 */
record CandidateWish(Kind kind, List<String> terms) {
    enum Kind {
        GIVE,
        REMOVE,
        NONE
    }

    private static final Pattern OTHER_TASK =
            Pattern.compile("associate|delay|contact|zip|pdf|password|username|mock|high.?stakes");
    private static final Pattern EVERYONE = Pattern.compile("\\b(all|every|everyone|everybody|whole)\\b");
    private static final Pattern NOBODY = Pattern.compile("\\b(no|zero) (candidates?|one|students?|pupils?)\\b"
            + "|\\bnobody\\b|\\bno-one\\b|\\bnone\\b|\\boff\\b|\\bdisable|\\bstop\\b|\\bswitch\\w* (\\w+ ){0,5}off"
            + "|\\b(away|off) from (all|every)|\\bfrom (all|every|everyone)|\\bwithdraw\\w* (\\w+ )?(access|results)");
    private static final Pattern REMOVE = Pattern.compile("\\b(remov\\w*|revok\\w*|untick\\w*|withdraw\\w*|"
            + "tak\\w* (\\S+ ){0,5}(off|away|out)|cut\\w* off|no longer|stop\\w*|lose|loses|off)\\b");
    private static final Pattern SOME = Pattern.compile("\\b(selected|select|some|only|just|certain|particular|"
            + "individual|named|specific|handful|few|tick|ticked)\\b");
    private static final Pattern TOKEN = Pattern.compile("\\d{12}[A-Za-z0-9]|\\d+|[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");
    private static final Set<String> NOT_NAMES =
            Set.copyOf(List.of(("give gives giving given grant add adding tick ticked untick "
                            + "select selected some only just certain particular individual specific named a an the to for "
                            + "of and or with on off in at from into by please pls plz can could would will you u i we me my "
                            + "our us should shall want wants need needs like let lets allow results result resluts acces "
                            + "access acess website site online web candidate candidates cand cands student students pupil "
                            + "pupils learner learners kids series exam exams take taking took takes remove removing removed "
                            + "revoke withdraw away out cut no longer stop lose loses see view look their them they his her "
                            + "he she him it its is are be been have has had also too as well back now today still this "
                            + "that these those set turn switch change make sure keep both all every everyone everybody "
                            + "nobody none hi hello morning afternoon thanks thank cheers year yr few handful sitting entry "
                            + "late new up system login logins letter letters who which june november summer winter number "
                            + "numbers uci ucis not any anyone one more other others there here get gets got do does how "
                            + "what when why where create generate enable disable on-line ok okay hey just so then but "
                            + "person people following list access's moment immediately asap urgently via except private "
                            + "resit resits external internal straight shared wrong changed mind minds left school withdrew "
                            + "two three entries nov jun rest getting dont don't want any put pick picks")
                    .split(" ")));

    /** The request's wish about particular candidates, or null when it is about everyone or another setting. */
    static CandidateWish of(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (OTHER_TASK.matcher(lower).find()) {
            return null;
        }
        List<String> terms = terms(text == null ? "" : text);
        boolean removing = REMOVE.matcher(lower).find();
        if (!terms.isEmpty()) {
            return new CandidateWish(removing ? Kind.REMOVE : Kind.GIVE, terms);
        }
        if (NOBODY.matcher(lower).find()) {
            return new CandidateWish(Kind.NONE, List.of());
        }
        if (SOME.matcher(lower).find() && !EVERYONE.matcher(lower).find()) {
            return new CandidateWish(removing ? Kind.REMOVE : Kind.GIVE, List.of());
        }
        return null;
    }

    /** The names, numbers and UCIs a message names: runs of words that are not request words, and each number. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        String cleaned = text.replaceAll("(?i)\\b(year|yr|y)\\s*\\d{1,2}\\b|\\b20\\d\\d\\b", " , ");
        Matcher m = TOKEN.matcher(cleaned);
        int last = 0;
        while (m.find()) {
            String token = m.group().replaceAll("(?i)['’]s$", "");
            String gap = cleaned.substring(last, m.start());
            last = m.end();
            boolean word = !token.isEmpty() && Character.isLetter(token.charAt(0));
            boolean stop = NOT_NAMES.contains(token.toLowerCase(Locale.ROOT)) || word && token.length() < 2;
            if (stop || !word || gap.contains(",") || gap.contains("&")) {
                flush(name, terms);
            }
            if (!word && !stop) {
                terms.add(token.toUpperCase(Locale.ROOT));
            } else if (!stop) {
                name.append(name.length() == 0 ? "" : " ").append(token);
            }
        }
        flush(name, terms);
        return terms.stream().distinct().toList();
    }

    private static void flush(StringBuilder name, List<String> terms) {
        if (name.length() > 0) {
            terms.add(name.toString());
            name.setLength(0);
        }
    }
}
