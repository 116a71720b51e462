package org.examdesk.admin.learners.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fifty products as a board offers them: BTEC Nationals and Tech Awards, International A levels and GCSEs and
 * Functional Skills for schools and colleges; trade diplomas, teaching awards and apprenticeship frameworks for
 * training providers. Each has a random popularity, 1 to 6 units, and its own grade distribution on its scale
 * (BTEC D* to U, pass/fail, or A* to U), so pass rates and top grades differ from product to product.
 */
final class Catalogue {
    enum Audience {
        SCHOOL,
        ALL,
        PROVIDER
    }

    /** Grades from worst to best; the overall grade may use one more than the units (D*, A*). */
    enum Scale {
        BTEC(new String[] {"U", "P", "M", "D", "D*"}, new double[] {6, 30, 34, 20, 10}),
        PASS_FAIL(new String[] {"F", "P"}, new double[] {15, 85}),
        GCE(new String[] {"U", "E", "D", "C", "B", "A", "A*"}, new double[] {5, 8, 12, 20, 22, 20, 13});

        final String[] grades;
        final double[] weights;

        Scale(String[] grades, double[] weights) {
            this.grades = grades;
            this.weights = weights;
        }
    }

    record Product(
            long id,
            String reference,
            String title,
            String keyword,
            boolean framework,
            int pricePence,
            Scale scale,
            Audience audience,
            double popularity,
            int units,
            double[] cumulative) {

        /** The grade of a learner of this ability (0 to 1) on this product, on its cumulative distribution. */
        String grade(double ability, boolean unit) {
            int last = scale.grades.length - (unit && scale != Scale.PASS_FAIL ? 2 : 1);
            for (int i = 0; i < last; i++) {
                if (ability < cumulative[i]) {
                    return scale.grades[i];
                }
            }
            return scale.grades[last];
        }
    }

    private static final String BTEC3 = "BTEC Level 3 National Extended Certificate in ";
    private static final String TECH = "BTEC Tech Award in ";
    private static final String IAL = "International Advanced Level in ";
    private static final String IGCSE = "International GCSE in ";
    private static final String FS = " Functional Skills Qualification in ";
    private static final Object[][] ROWS = {
        {BTEC3 + "Sport", "sport", Scale.BTEC, Audience.SCHOOL},
        {BTEC3 + "Business", "business", Scale.BTEC, Audience.SCHOOL},
        {BTEC3 + "Applied Science", "applied science", Scale.BTEC, Audience.SCHOOL},
        {BTEC3 + "Health and Social Care", "health and social care", Scale.BTEC, Audience.SCHOOL},
        {BTEC3 + "Information Technology", "information technology", Scale.BTEC, Audience.SCHOOL},
        {BTEC3 + "Engineering", "engineering", Scale.BTEC, Audience.SCHOOL},
        {BTEC3 + "Creative Digital Media Production", "media", Scale.BTEC, Audience.SCHOOL},
        {BTEC3 + "Performing Arts", "performing arts", Scale.BTEC, Audience.SCHOOL},
        {BTEC3 + "Applied Psychology", "psychology", Scale.BTEC, Audience.SCHOOL},
        {"BTEC Level 3 National Diploma in Business", "diploma in business", Scale.BTEC, Audience.SCHOOL},
        {"BTEC Level 3 National Extended Diploma in Sport", "diploma in sport", Scale.BTEC, Audience.SCHOOL},
        {"BTEC Level 3 National Extended Diploma in Applied Science", "science", Scale.BTEC, Audience.SCHOOL},
        {"BTEC Level 3 National Diploma in Art and Design", "art and design", Scale.BTEC, Audience.SCHOOL},
        {"BTEC Level 2 Technical Certificate in Digital Technology", "digital", Scale.BTEC, Audience.SCHOOL},
        {"BTEC Level 2 Technical Certificate in Engineering", "technical certificate", Scale.BTEC, Audience.SCHOOL},
        {"BTEC Level 2 Technical Certificate in Sport Activity Leadership", "sport", Scale.BTEC, Audience.SCHOOL},
        {TECH + "Health and Social Care", "tech award", Scale.BTEC, Audience.SCHOOL},
        {TECH + "Enterprise", "enterprise", Scale.BTEC, Audience.SCHOOL},
        {TECH + "Digital Information Technology", "digital", Scale.BTEC, Audience.SCHOOL},
        {TECH + "Sport, Activity and Fitness", "fitness", Scale.BTEC, Audience.SCHOOL},
        {IAL + "Psychology", "psychology", Scale.GCE, Audience.SCHOOL},
        {IAL + "Mathematics", "mathematics", Scale.GCE, Audience.SCHOOL},
        {IAL + "Biology", "biology", Scale.GCE, Audience.SCHOOL},
        {IAL + "Chemistry", "chemistry", Scale.GCE, Audience.SCHOOL},
        {IAL + "Economics", "economics", Scale.GCE, Audience.SCHOOL},
        {IGCSE + "Mathematics A", "mathematics", Scale.GCE, Audience.SCHOOL},
        {IGCSE + "English Language A", "english", Scale.GCE, Audience.SCHOOL},
        {IGCSE + "Biology", "biology", Scale.GCE, Audience.SCHOOL},
        {IGCSE + "Business", "business", Scale.GCE, Audience.SCHOOL},
        {"Level 1" + FS + "Mathematics", "functional skills", Scale.PASS_FAIL, Audience.ALL},
        {"Level 2" + FS + "Mathematics", "mathematics", Scale.PASS_FAIL, Audience.ALL},
        {"Level 1" + FS + "English", "functional skills", Scale.PASS_FAIL, Audience.ALL},
        {"Level 2" + FS + "English", "english", Scale.PASS_FAIL, Audience.ALL},
        {"Entry Level 3" + FS + "English", "entry level", Scale.PASS_FAIL, Audience.ALL},
        {"Level 2 Diploma in Hairdressing", "hairdressing", Scale.PASS_FAIL, Audience.PROVIDER},
        {"Level 3 Diploma in Hairdressing", "hairdressing", Scale.PASS_FAIL, Audience.PROVIDER},
        {"Level 2 Diploma in Beauty Therapy", "beauty", Scale.PASS_FAIL, Audience.PROVIDER},
        {"Level 2 Diploma in Plumbing Studies", "plumbing", Scale.PASS_FAIL, Audience.PROVIDER},
        {"Level 3 Diploma in Electrical Installation", "electrical", Scale.PASS_FAIL, Audience.PROVIDER},
        {"Level 2 Diploma in Professional Cookery", "cookery", Scale.PASS_FAIL, Audience.PROVIDER},
        {"Level 2 Diploma in Bricklaying", "bricklaying", Scale.PASS_FAIL, Audience.PROVIDER},
        {"Level 3 Award in Education and Training", "education and training", Scale.PASS_FAIL, Audience.PROVIDER},
        {"Level 4 Diploma in Cyber Security", "cyber", Scale.PASS_FAIL, Audience.PROVIDER},
        {"Level 3 Certificate in Assessing Vocational Achievement", "assessing", Scale.PASS_FAIL, Audience.PROVIDER},
        {"Level 3 Advanced Apprenticeship in Business Administration", "apprenticeship", null, Audience.PROVIDER},
        {"Level 2 Intermediate Apprenticeship in Customer Service", "customer service", null, Audience.PROVIDER},
        {"Level 3 Advanced Apprenticeship in Team Leading", "team leading", null, Audience.PROVIDER},
        {"Level 2 Intermediate Apprenticeship in Hospitality", "hospitality", null, Audience.PROVIDER},
        {
            "Level 3 Advanced Apprenticeship in Children's Care, Learning and Development",
            "children",
            null,
            Audience.PROVIDER
        },
        {"Level 2 Intermediate Apprenticeship in Retail", "retail", null, Audience.PROVIDER}
    };

    final List<Product> products = new ArrayList<>();

    Catalogue(Random random) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < ROWS.length; i++) {
            ranks.add(i);
        }
        java.util.Collections.shuffle(ranks, random);
        Set<String> references = new HashSet<>();
        for (int i = 0; i < ROWS.length; i++) {
            Object[] row = ROWS[i];
            boolean framework = row[2] == null;
            Scale scale = framework ? Scale.PASS_FAIL : (Scale) row[2];
            String reference;
            do {
                reference = framework
                        ? String.format("FR0%04d", random.nextInt(10_000))
                        : String.format(
                                "6%02d/%04d/%d", random.nextInt(20), random.nextInt(10_000), random.nextInt(10));
            } while (!references.add(reference));
            products.add(new Product(
                    i + 1,
                    reference,
                    (String) row[0],
                    (String) row[1],
                    framework,
                    2_500 + 100 * random.nextInt(220),
                    scale,
                    (Audience) row[3],
                    1 / Math.pow(ranks.get(i) + 1, 0.8),
                    scale == Scale.GCE ? 2 + random.nextInt(2) : 1 + random.nextInt(6),
                    cumulative(random, scale)));
        }
    }

    /** The scale's usual distribution, each grade's weight multiplied by e^N(0, 0.45): every product differs. */
    private static double[] cumulative(Random random, Scale scale) {
        double[] weights = new double[scale.weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = scale.weights[i] * Math.exp(random.nextGaussian() * 0.45);
            total += weights[i];
        }
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] / total;
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
