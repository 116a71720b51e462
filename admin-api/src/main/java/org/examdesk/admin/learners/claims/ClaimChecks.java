package org.examdesk.admin.learners.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.examdesk.admin.web.ApiException;

/**
 * The checks of a claim that need the database, run before anything is written: the product (approved, in date,
 * with an internally assessed unit), its units, the learners (at the centre, registered, not yet certificated), and
 * the rules of combination of each learner's pathway.
 */
final class ClaimChecks {
    private ClaimChecks() {}

    static ClaimDao.Product product(ClaimDao dao, String reference) {
        ClaimDao.Product p = dao.product(reference)
                .orElseThrow(() ->
                        ApiException.invalid("There is no product " + reference + ".", List.of("learners[0].product")));
        String named = reference + " (" + p.title() + ")";
        if (!p.approved() || !p.inDate()) {
            throw ApiException.invalid(
                    named + " is " + (!p.approved() ? "not approved" : "out of date") + ": claims are made only on "
                            + "approved, in-date qualifications.",
                    List.of("learners[0].product"));
        }
        if (p.internalUnits() == 0) {
            throw ApiException.invalid(
                    named + " has no internally assessed unit, so it is not claimed: its results come from its tests.",
                    List.of("learners[0].product"));
        }
        return p;
    }

    /** Refuses (422) unit codes that are not units of the product. */
    static void units(ClaimDao dao, ClaimDao.Product product, List<Map<String, String>> grades, String field) {
        Set<String> codes = Set.copyOf(dao.unitCodes(product.id()));
        for (int i = 0; i < grades.size(); i++) {
            List<String> unknown = grades.get(i).keySet().stream()
                    .filter(c -> !codes.contains(c))
                    .toList();
            if (!unknown.isEmpty()) {
                throw ApiException.invalid(
                        product.reference() + " has no unit " + String.join(", ", unknown) + "; its units are "
                                + String.join(", ", codes.stream().sorted().toList()) + ".",
                        List.of(field.replace("{i}", String.valueOf(i))));
            }
        }
    }

    /** The learners in request order: each at the centre, registered on the product and not yet certificated. */
    static List<ClaimDao.Learner> learners(ClaimDao dao, long centre, List<Long> ids, ClaimDao.Product product) {
        Map<Long, ClaimDao.Learner> found =
                dao.learners(centre, ids.stream().mapToLong(Long::longValue).toArray(), product.id()).stream()
                        .collect(Collectors.toMap(ClaimDao.Learner::id, Function.identity()));
        List<String> fields = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ClaimDao.Learner l = found.get(ids.get(i));
            String why = l == null
                    ? "learner " + ids.get(i) + " is not at your centre"
                    : l.registrationId() == null
                            ? l.name() + " (" + l.learnerRef() + ") is not registered on " + product.reference()
                            : !l.registrationStatus().equals("ACTIVE")
                                    ? l.name() + " (" + l.learnerRef() + ") has already been given a full or fallback "
                                            + "certificate for it"
                                    : null;
            if (why != null) {
                fields.add("learners[" + i + "].learnerId");
                problems.add(why);
            }
        }
        if (!fields.isEmpty()) {
            throw ApiException.invalid("Nothing was claimed: " + String.join("; ", problems) + ".", fields);
        }
        return ids.stream().map(found::get).toList();
    }

    /** The product's pathways by id. */
    static Map<Long, Pathway> pathways(ClaimDao dao, long productId) {
        Map<Long, Pathway> pathways = new LinkedHashMap<>();
        for (ClaimDao.PathwayUnit row : dao.pathways(productId)) {
            Pathway p = pathways.computeIfAbsent(
                    row.pathwayId(),
                    id -> new Pathway(
                            id,
                            row.pathwayCode(),
                            row.pathwayTitle(),
                            row.minimumCredits(),
                            row.isDefault(),
                            new ArrayList<>()));
            p.units()
                    .add(new Pathway.Unit(
                            row.unitId(), row.unitCode(), row.unitTitle(), row.mandatory(), row.credits()));
        }
        return pathways;
    }

    /** The pathway a registration is on: the one named for it, else the product's default (null when none). */
    static Pathway pathwayOf(Map<Long, Pathway> pathways, Long pathwayId) {
        if (pathwayId != null) {
            return pathways.get(pathwayId);
        }
        return pathways.values().stream().filter(Pathway::isDefault).findFirst().orElse(null);
    }
}
