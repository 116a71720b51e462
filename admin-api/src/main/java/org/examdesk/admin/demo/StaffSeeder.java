package org.examdesk.admin.demo;

import org.examdesk.admin.accounts.CentreDao;
import org.examdesk.admin.accounts.PasswordHasher;
import org.examdesk.admin.accounts.Role;
import org.examdesk.admin.accounts.StaffDao;
import org.jdbi.v3.core.Handle;

/** Centres and staff: the fixed demo logins plus one user for every other role. */
final class StaffSeeder implements DemoData.Seeder {
    private final PasswordHasher hasher;

    StaffSeeder(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public void seed(Handle h) {
        long riverside = centre(h, "40123", "Riverside Academy", null);
        long hillside = centre(h, "40456", "Hillside College", null);
        centre(h, "40124", "Riverside Academy Sixth Form", riverside);
        centre(h, "40125", "Riverside Learning Centre", riverside);
        String hash = hasher.hash(DemoData.PASSWORD);
        user(h, hash, "officer@riverside.example", "Priya", "Shah", riverside, Role.EXAMS_OFFICER);
        user(h, hash, "assistant@riverside.example", "Tom", "Reid", riverside, Role.EXAMS_ASSISTANT);
        user(h, hash, "teacher@riverside.example", "Grace", "Okafor", riverside, Role.TEACHER);
        user(h, hash, "officer@hillside.example", "Daniel", "Hughes", hillside, Role.EXAMS_OFFICER);
        user(h, hash, "agent@examdesk.example", "Sofia", "Marsh", null, Role.SUPPORT_AGENT);
        user(h, hash, "admin@examdesk.example", "Omar", "Benson", null, Role.BOARD_ADMIN);
        user(h, hash, "manager@riverside.example", "Helen", "Carter", riverside, Role.EXAMS_MANAGER);
        user(h, hash, "administrator@riverside.example", "Ian", "Moss", riverside, Role.ADMINISTRATOR);
        user(h, hash, "assessor@riverside.example", "Leah", "Ward", riverside, Role.ASSESSOR);
        user(h, hash, "nominee@riverside.example", "Kofi", "Mensah", riverside, Role.QUALITY_NOMINEE);
        user(h, hash, "associate@riverside.example", "Nina", "Brooks", riverside, Role.ASSESSMENT_ASSOCIATE);
        user(h, hash, "centreadmin@riverside.example", "Paul", "Lane", riverside, Role.CENTRE_ADMINISTRATOR);
    }

    private static long centre(Handle h, String number, String name, Long parent) {
        return h.attach(CentreDao.class).insert(number, name, parent);
    }

    private static void user(Handle h, String hash, String email, String first, String last, Long centre, Role role) {
        StaffDao staff = h.attach(StaffDao.class);
        long id = staff.insert(email, email, first, last, hash, centre);
        staff.grant(id, role);
    }
}
